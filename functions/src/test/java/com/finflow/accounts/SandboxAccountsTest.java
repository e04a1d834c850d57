package com.finflow.accounts;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxAccountsTest {

  private static final TestContext CONTEXT = new TestContext("finflow-accounts");

  private final Map<String, BankAccount> stored = new ConcurrentHashMap<>();
  private final SandboxAccounts accounts = new SandboxAccounts(new AccountRegistry() {
    @Override public boolean open(BankAccount account) { return stored.putIfAbsent(account.iban(), account) == null; }
    @Override public Optional<BankAccount> find(String iban) { return Optional.ofNullable(stored.get(iban)); }
  }, Clock.systemUTC());

  @Test
  void opensAnAccountWithItsStartingBalanceAvailable() throws Exception {
    APIGatewayV2HTTPResponse response = new OpenAccountHandler(accounts).handleRequest(event("accounts/open-account.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(201);
    assertThat(response.getHeaders()).containsEntry("location", "/accounts/FR7630006000011234567890189");
    JsonNode account = Json.MAPPER.readTree(response.getBody());
    assertThat(account.get("balance").asText()).isEqualTo("250000.00");
    assertThat(account.get("reserved").asText()).isEqualTo("0.00");
    assertThat(account.get("available").asText()).isEqualTo("250000.00");
  }

  @Test
  void showsTheAccountToItsOrganization() throws Exception {
    new OpenAccountHandler(accounts).handleRequest(event("accounts/open-account.json"), CONTEXT);

    APIGatewayV2HTTPResponse response = new GetAccountHandler(accounts).handleRequest(event("accounts/get-account.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void answers404ForAnotherOrganizationsAccount() throws Exception {
    new OpenAccountHandler(accounts).handleRequest(event("accounts/open-account.json"), CONTEXT);
    APIGatewayV2HTTPEvent stranger = event("accounts/get-account.json");
    stranger.getRequestContext().getAuthorizer().getLambda().put("organization_id", "another-org");

    APIGatewayV2HTTPResponse response = new GetAccountHandler(accounts).handleRequest(stranger, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(response.getBody()).doesNotContain("250000");
  }

  @Test
  void forbidsAMemberToOpenAccounts() {
    APIGatewayV2HTTPEvent member = event("accounts/open-account.json");
    member.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    APIGatewayV2HTTPResponse response = new OpenAccountHandler(accounts).handleRequest(member, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(stored).isEmpty();
  }

  @Test
  void namesEveryInvalidFieldAndOpensNothing() throws Exception {
    APIGatewayV2HTTPEvent invalid = event("accounts/open-account.json");
    invalid.setBody("{\"iban\":\"FR7630006000011234567890188\",\"bic\":\"QNTO\",\"currency\":\"XYZ\",\"initial_balance\":\"1.0\"}");

    APIGatewayV2HTTPResponse response = new OpenAccountHandler(accounts).handleRequest(invalid, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/iban", "/bic", "/currency");
    assertThat(stored).isEmpty();
  }

  @Test
  void refusesASecondAccountWithTheSameIban() {
    new OpenAccountHandler(accounts).handleRequest(event("accounts/open-account.json"), CONTEXT);

    APIGatewayV2HTTPResponse again = new OpenAccountHandler(accounts).handleRequest(event("accounts/open-account.json"), CONTEXT);

    assertThat(again.getStatusCode()).isEqualTo(409);
  }

  private static APIGatewayV2HTTPEvent event(String path) {
    return SampleEvents.httpEvent(path);
  }
}
