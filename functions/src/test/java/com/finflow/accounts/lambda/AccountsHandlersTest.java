package com.finflow.accounts.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.accounts.GetAccount;
import com.finflow.accounts.InMemoryAccountRegistry;
import com.finflow.accounts.OpenAccount;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP side of accounts: sample events in, statuses, headers and bodies out. */
class AccountsHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-accounts");

  private final InMemoryAccountRegistry registry = new InMemoryAccountRegistry();
  private final OpenAccountHandler open =
      new OpenAccountHandler(new OpenAccount(registry, Clock.systemUTC()));
  private final GetAccountHandler get = new GetAccountHandler(new GetAccount(registry));

  @Test
  void opensAnAccountWithItsStartingBalanceAvailable() throws Exception {
    APIGatewayV2HTTPResponse response =
        open.handleRequest(event("accounts/open-account.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(201);
    assertThat(response.getHeaders())
        .containsEntry("location", "/accounts/FR7630006000011234567890189");
    JsonNode account = Json.MAPPER.readTree(response.getBody());
    assertThat(account.get("balance").asText()).isEqualTo("250000.00");
    assertThat(account.get("reserved").asText()).isEqualTo("0.00");
    assertThat(account.get("available").asText()).isEqualTo("250000.00");
  }

  @Test
  void showsTheAccountToItsOrganization() throws Exception {
    open.handleRequest(event("accounts/open-account.json"), CONTEXT);

    APIGatewayV2HTTPResponse response =
        get.handleRequest(event("accounts/get-account.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void answers404ForAnotherOrganizationsAccount() throws Exception {
    open.handleRequest(event("accounts/open-account.json"), CONTEXT);
    APIGatewayV2HTTPEvent stranger = event("accounts/get-account.json");
    stranger.getRequestContext().getAuthorizer().getLambda().put("organization_id", "another-org");

    APIGatewayV2HTTPResponse response = get.handleRequest(stranger, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(response.getBody()).doesNotContain("250000");
  }

  @Test
  void forbidsAMemberToOpenAccounts() {
    APIGatewayV2HTTPEvent member = event("accounts/open-account.json");
    member.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    APIGatewayV2HTTPResponse response = open.handleRequest(member, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(registry.accounts()).isEmpty();
  }

  @Test
  void namesEveryInvalidFieldAndOpensNothing() throws Exception {
    APIGatewayV2HTTPEvent invalid = event("accounts/open-account.json");
    invalid.setBody(
        "{\"iban\":\"FR7630006000011234567890188\",\"bic\":\"QNTO\",\"currency\":\"XYZ\",\"initial_balance\":\"1.0\"}");

    APIGatewayV2HTTPResponse response = open.handleRequest(invalid, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/iban", "/bic", "/currency");
    assertThat(registry.accounts()).isEmpty();
  }

  @Test
  void refusesASecondAccountWithTheSameIban() {
    open.handleRequest(event("accounts/open-account.json"), CONTEXT);

    APIGatewayV2HTTPResponse again =
        open.handleRequest(event("accounts/open-account.json"), CONTEXT);

    assertThat(again.getStatusCode()).isEqualTo(409);
  }

  @Test
  void forbidsAMemberWith403BeforeLookingAtTheFieldsTheySend() {
    APIGatewayV2HTTPEvent member = event("accounts/open-account.json");
    member.getRequestContext().getAuthorizer().getLambda().put("role", "member");
    member.setBody("{\"iban\":\"not an iban\"}");

    assertThat(open.handleRequest(member, CONTEXT).getStatusCode()).isEqualTo(403);
  }

  @Test
  void answersAnUnknownIbanWithTheNotFoundProblem() throws Exception {
    APIGatewayV2HTTPResponse response =
        get.handleRequest(event("accounts/get-account.json"), CONTEXT);

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:not-found");
    assertThat(problem.get("detail").asText()).isEqualTo("no account with this IBAN");
  }

  @Test
  void opensNothingForAnIbanWrittenWithArabicIndicDigits() throws Exception {
    APIGatewayV2HTTPEvent twin = event("accounts/open-account.json");
    twin.setBody(
        "{\"iban\":\"FR٧٦30006000011234567890189\",\"bic\":\"QNTOFRP1XXX\",\"currency\":\"EUR\","
            + "\"initial_balance\":\"999999999.00\"}");

    APIGatewayV2HTTPResponse response = open.handleRequest(twin, CONTEXT);

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/iban");
    assertThat(registry.accounts()).isEmpty();
  }

  @Test
  void refusesCyrillicLettersInTheBicAndCurrency() throws Exception {
    APIGatewayV2HTTPEvent twin = event("accounts/open-account.json");
    twin.setBody(
        "{\"iban\":\"FR7630006000011234567890189\",\"bic\":\"QНTOFRP1XXX\",\"currency\":\"ЕUR\","
            + "\"initial_balance\":\"100.00\"}");

    APIGatewayV2HTTPResponse response = open.handleRequest(twin, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/bic", "/currency");
    assertThat(registry.accounts()).isEmpty();
  }

  @Test
  void answersAnIbanInThePathThatIsNotAsciiWith422NamingIt() throws Exception {
    open.handleRequest(event("accounts/open-account.json"), CONTEXT);
    APIGatewayV2HTTPEvent twin = event("accounts/get-account.json");
    twin.setPathParameters(Map.of("iban", "FR٧٦30006000011234567890189"));

    APIGatewayV2HTTPResponse response = get.handleRequest(twin, CONTEXT);

    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(problem.get("type").asText()).isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/path/iban");
    assertThat(response.getBody()).doesNotContain("250000");
  }

  @Test
  void findsTheAccountByItsIbanPrintedWithSpacesAndInLowerCase() {
    open.handleRequest(event("accounts/open-account.json"), CONTEXT);
    APIGatewayV2HTTPEvent printed = event("accounts/get-account.json");
    printed.setPathParameters(Map.of("iban", "fr76 3000 6000 0112 3456 7890 189"));

    assertThat(get.handleRequest(printed, CONTEXT).getStatusCode()).isEqualTo(200);
  }

  private static APIGatewayV2HTTPEvent event(String path) {
    return SampleEvents.httpEvent(path);
  }
}
