package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's profile and transactions through the real stack: HTTP API, Lambda authorizer, the
 * personal functions and DynamoDB. The owner is a member of an organization; its admin is the other
 * user, and sees none of the owner's data.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalFlowTest {

  private static final String TRANSACTION =
      "{\"account_id\":\"checking-1\",\"amount\":\"%s\",\"direction\":\"debit\","
          + "\"currency\":\"EUR\",\"category\":\"groceries\","
          + "\"occurred_at\":\"2026-03-01T09:30:00-03:00\"}";

  private ApiClient api;
  private String owner;
  private String admin;
  private Household household;

  @BeforeAll
  void signUp(LocalStackRuntime runtime) {
    api = new ApiClient(runtime.httpBaseUrl());
    household = Household.register(api);
    owner = household.owner();
    admin = household.admin();
  }

  @Test
  void anotherUserEvenTheAdminOfTheOrganizationGets404ForEveryTransactionRoute() {
    String id = record(owner, "12.50", Optional.empty()).json().get("id").asText();
    String path = "/me/transactions/" + id;

    assertThat(api.get(path, Optional.of(admin)).status()).isEqualTo(404);
    assertThat(patch(admin, path, "{\"category\":\"stolen\"}").status()).isEqualTo(404);
    assertThat(send("DELETE", admin, path, "").status()).isEqualTo(404);
    assertThat(api.get("/me/transactions?limit=500", Optional.of(admin)).json().get("items"))
        .noneMatch(item -> item.get("id").asText().equals(id));

    ApiClient.Reply mine = api.get(path, Optional.of(owner));
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get("category").asText()).isEqualTo("groceries");
  }

  @Test
  void theProfileIsEachUsersOwn() {
    ApiClient.Reply changed =
        patch(
            owner,
            "/me/profile",
            "{\"primary_currency\":\"BRL\",\"time_zone\":\"America/Sao_Paulo\"}");
    assertThat(changed.status()).isEqualTo(200);

    assertThat(api.get("/me/profile", Optional.of(owner)).json().get("time_zone").asText())
        .isEqualTo("America/Sao_Paulo");
    JsonNode adminsOwn = api.get("/me/profile", Optional.of(admin)).json();
    assertThat(adminsOwn.get("primary_currency").asText()).isEqualTo("EUR");
    assertThat(adminsOwn.get("time_zone").asText()).isEqualTo("UTC");
  }

  @Test
  void theSameKeyReplaysTheSameBodyAndRefusesAnother() {
    String key = "flow-" + UUID.randomUUID();
    ApiClient.Reply first = record(owner, "20.00", Optional.of(key));
    ApiClient.Reply again = record(owner, "20.00", Optional.of(key));
    ApiClient.Reply other = record(owner, "21.00", Optional.of(key));

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("idempotent-replayed")).contains("true");
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("type").asText())
        .isEqualTo("urn:finflow:problem:idempotency-key-reused");
  }

  @Test
  void followingNextLinksWhileWritingSeesEveryEarlierTransactionOnce() {
    String category = "paging-" + UUID.randomUUID().toString().substring(0, 8);
    Set<String> existing = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      existing.add(
          api.post(
                  "/me/transactions",
                  Optional.of(owner),
                  TRANSACTION.formatted((i + 1) + ".00").replace("groceries", category))
              .json()
              .get("id")
              .asText());
    }
    List<String> seen = new ArrayList<>();
    String next = "/me/transactions?category=" + category + "&limit=4";
    while (next != null) {
      JsonNode page = api.get(next, Optional.of(owner)).json();
      page.get("items").forEach(item -> seen.add(item.get("id").asText()));
      api.post(
          "/me/transactions",
          Optional.of(owner),
          TRANSACTION.formatted("1.00").replace("groceries", category));
      next = page.path("links").has("next") ? page.get("links").get("next").asText() : null;
    }

    assertThat(seen).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).containsAll(existing);
  }

  @Test
  void changesAndDeletesItsOwnTransaction() {
    String path =
        "/me/transactions/" + record(owner, "5.00", Optional.empty()).json().get("id").asText();

    ApiClient.Reply changed = patch(owner, path, "{\"amount\":\"6\",\"direction\":\"credit\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("amount").asText()).isEqualTo("6.00");

    assertThat(send("DELETE", owner, path, "").status()).isEqualTo(204);
    assertThat(api.get(path, Optional.of(owner)).status()).isEqualTo(404);
  }

  private ApiClient.Reply record(String token, String amount, Optional<String> key) {
    String body = TRANSACTION.formatted(amount);
    return key.map(
            k ->
                api.postWithHeader(
                    "/me/transactions", Optional.of(token), body, "idempotency-key", k))
        .orElseGet(() -> api.post("/me/transactions", Optional.of(token), body));
  }

  private ApiClient.Reply patch(String token, String path, String json) {
    return send("PATCH", token, path, json);
  }

  private ApiClient.Reply send(String method, String token, String path, String json) {
    return household.send(method, token, path, json);
  }
}
