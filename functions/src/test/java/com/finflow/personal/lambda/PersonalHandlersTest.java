package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.ChangeTransaction;
import com.finflow.personal.DeleteTransaction;
import com.finflow.personal.GetProfile;
import com.finflow.personal.GetTransaction;
import com.finflow.personal.InMemoryAnalytics;
import com.finflow.personal.InMemoryPersonal;
import com.finflow.personal.ListTransactions;
import com.finflow.personal.RecordTransaction;
import com.finflow.personal.TransactionIds;
import com.finflow.personal.UpdateProfile;
import com.finflow.personal.ViewInvalidation;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP side of personal finance: sample events in, statuses, headers and bodies out. */
class PersonalHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-personal");

  private static final InMemoryAnalytics ANALYTICS = new InMemoryAnalytics();
  private static final ViewInvalidation INVALIDATION =
      new ViewInvalidation(ANALYTICS, ANALYTICS, Clock.systemUTC());
  private final InMemoryPersonal store = new InMemoryPersonal();
  private final RecordTransactionHandler record =
      new RecordTransactionHandler(
          new RecordTransaction(
              store,
              new TransactionIds(Clock.systemUTC()),
              Clock.systemUTC(),
              Duration.ofHours(24),
              INVALIDATION));
  private final GetTransactionHandler get = new GetTransactionHandler(new GetTransaction(store));
  private final ChangeTransactionHandler change =
      new ChangeTransactionHandler(new ChangeTransaction(store, Clock.systemUTC(), INVALIDATION));
  private final DeleteTransactionHandler delete =
      new DeleteTransactionHandler(new DeleteTransaction(store, INVALIDATION));
  private final ListTransactionsHandler list =
      new ListTransactionsHandler(new ListTransactions(store, store));
  private final GetProfileHandler getProfile = new GetProfileHandler(new GetProfile(store));
  private final UpdateProfileHandler updateProfile =
      new UpdateProfileHandler(new UpdateProfile(store, INVALIDATION));

  @Test
  void recordsATransactionAndReplaysItForTheSameKey() throws Exception {
    APIGatewayV2HTTPResponse first =
        record.handleRequest(event("personal/record-transaction.json"), CONTEXT);
    APIGatewayV2HTTPResponse second =
        record.handleRequest(event("personal/record-transaction.json"), CONTEXT);

    assertThat(first.getStatusCode()).isEqualTo(201);
    JsonNode body = Json.MAPPER.readTree(first.getBody());
    assertThat(body.get("amount").asText()).isEqualTo("42.50");
    assertThat(first.getHeaders())
        .containsEntry("location", "/me/transactions/" + body.get("id").asText());
    assertThat(second.getStatusCode()).isEqualTo(201);
    assertThat(second.getHeaders()).containsEntry("idempotent-replayed", "true");
    assertThat(second.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void refusesTheSameKeyWithAnotherBodyAs422() throws Exception {
    record.handleRequest(event("personal/record-transaction.json"), CONTEXT);
    APIGatewayV2HTTPEvent other = event("personal/record-transaction.json");
    other.setBody(other.getBody().replace("42.50", "43.50"));

    APIGatewayV2HTTPResponse response = record.handleRequest(other, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("type").asText())
        .isEqualTo("urn:finflow:problem:idempotency-key-reused");
  }

  @Test
  void readsChangesListsAndDeletesItsOwnTransactionAnd404ForAnotherUser() throws Exception {
    String id =
        Json.MAPPER
            .readTree(
                record.handleRequest(event("personal/record-transaction.json"), CONTEXT).getBody())
            .get("id")
            .asText();

    assertThat(
            get.handleRequest(withId("personal/get-transaction.json", id), CONTEXT).getStatusCode())
        .isEqualTo(200);
    APIGatewayV2HTTPResponse changed =
        change.handleRequest(withId("personal/change-transaction.json", id), CONTEXT);
    assertThat(changed.getStatusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(changed.getBody()).has("description")).isFalse();
    JsonNode page =
        Json.MAPPER.readTree(
            list.handleRequest(event("personal/list-transactions.json"), CONTEXT).getBody());
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("links").has("next")).isFalse();

    APIGatewayV2HTTPEvent stranger = withId("personal/get-transaction.json", id);
    stranger.getRequestContext().getAuthorizer().getLambda().put("user_id", "someone-else");
    stranger.getRequestContext().getAuthorizer().getLambda().put("role", "admin");
    assertThat(get.handleRequest(stranger, CONTEXT).getStatusCode()).isEqualTo(404);

    assertThat(
            delete
                .handleRequest(withId("personal/delete-transaction.json", id), CONTEXT)
                .getStatusCode())
        .isEqualTo(204);
    assertThat(
            get.handleRequest(withId("personal/get-transaction.json", id), CONTEXT).getStatusCode())
        .isEqualTo(404);
  }

  @Test
  void refusesACurrencyChangeThatClashesWithTheStoredAmountAs409() throws Exception {
    String id =
        Json.MAPPER
            .readTree(
                record.handleRequest(event("personal/record-transaction.json"), CONTEXT).getBody())
            .get("id")
            .asText();
    APIGatewayV2HTTPEvent toYen = withId("personal/change-transaction.json", id);
    toYen.setBody("{\"currency\": \"JPY\"}");

    APIGatewayV2HTTPResponse response = change.handleRequest(toYen, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(409);
    JsonNode problem = Json.MAPPER.readTree(response.getBody());
    assertThat(problem.get("type").asText())
        .isEqualTo("urn:finflow:problem:amount-too-precise-for-currency");
    assertThat(problem.get("amount").asText()).isEqualTo("42.50");
    assertThat(
            Json.MAPPER
                .readTree(
                    get.handleRequest(withId("personal/get-transaction.json", id), CONTEXT)
                        .getBody())
                .get("currency")
                .asText())
        .isEqualTo("EUR");
  }

  @Test
  void pagesWithANextLinkKeepingTheFilters() throws Exception {
    for (int i = 0; i < 3; i++) {
      APIGatewayV2HTTPEvent event = event("personal/record-transaction.json");
      event.getHeaders().remove("idempotency-key");
      record.handleRequest(event, CONTEXT);
    }
    APIGatewayV2HTTPEvent first = event("personal/list-transactions.json");
    first.getQueryStringParameters().put("limit", "2");

    JsonNode page = Json.MAPPER.readTree(list.handleRequest(first, CONTEXT).getBody());

    assertThat(page.get("items")).hasSize(2);
    String next = page.at("/links/next").asText();
    assertThat(next).startsWith("/me/transactions?from=2026-03-01&to=2026-03-31&direction=debit");
    assertThat(next).contains("&limit=2&cursor=" + page.get("next_cursor").asText());
    APIGatewayV2HTTPEvent second = event("personal/list-transactions.json");
    second.getQueryStringParameters().put("limit", "2");
    second.getQueryStringParameters().put("cursor", page.get("next_cursor").asText());
    JsonNode last = Json.MAPPER.readTree(list.handleRequest(second, CONTEXT).getBody());
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.has("next_cursor")).isFalse();
  }

  @Test
  void refusesEveryInvalidListParameterAtOnce() throws Exception {
    APIGatewayV2HTTPEvent event = event("personal/list-transactions.json");
    event.setQueryStringParameters(
        new HashMap<>(
            Map.of(
                "from", "2026-03-31",
                "to", "2026-03-01",
                "limit", "501",
                "cursor", "bm90LWEtY3Vyc29y",
                "direction", "sideways",
                "min_amount", "-1")));

    APIGatewayV2HTTPResponse response = list.handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder(
            "/query/to", "/query/limit", "/query/cursor", "/query/direction", "/query/min_amount");
  }

  @Test
  void showsAndChangesTheProfile() throws Exception {
    assertThat(
            Json.MAPPER
                .readTree(
                    getProfile.handleRequest(event("personal/get-profile.json"), CONTEXT).getBody())
                .get("primary_currency")
                .asText())
        .isEqualTo("EUR");

    APIGatewayV2HTTPResponse response =
        updateProfile.handleRequest(event("personal/update-profile.json"), CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(response.getBody()).get("time_zone").asText())
        .isEqualTo("America/Sao_Paulo");
  }

  private static APIGatewayV2HTTPEvent withId(String path, String id) {
    APIGatewayV2HTTPEvent event = event(path);
    event.setPathParameters(Map.of("transaction_id", id));
    return event;
  }

  private static APIGatewayV2HTTPEvent event(String path) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent(path);
    event.setHeaders(new HashMap<>(event.getHeaders()));
    if (event.getQueryStringParameters() != null) {
      event.setQueryStringParameters(new HashMap<>(event.getQueryStringParameters()));
    }
    return event;
  }
}
