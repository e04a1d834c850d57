package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.ChangeHolding;
import com.finflow.personal.ChangeInstitution;
import com.finflow.personal.ChangePersonalAccount;
import com.finflow.personal.CreateHolding;
import com.finflow.personal.CreateInstitution;
import com.finflow.personal.CreatePersonalAccount;
import com.finflow.personal.DeleteAccountValue;
import com.finflow.personal.DeleteHolding;
import com.finflow.personal.DeleteInstitution;
import com.finflow.personal.DeletePersonalAccount;
import com.finflow.personal.GetAccountValue;
import com.finflow.personal.GetHolding;
import com.finflow.personal.GetInstitution;
import com.finflow.personal.GetPersonalAccount;
import com.finflow.personal.InMemoryBook;
import com.finflow.personal.InMemorySecurities;
import com.finflow.personal.ListAccountValues;
import com.finflow.personal.ListHoldings;
import com.finflow.personal.ListInstitutions;
import com.finflow.personal.ListPersonalAccounts;
import com.finflow.personal.RecordAccountValue;
import com.finflow.personal.TransactionIds;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP side of a user's book: sample events in, statuses, headers and problems out. */
class BookHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-personal");

  private final InMemoryBook book = new InMemoryBook();
  private final TransactionIds ids = new TransactionIds(Clock.systemUTC());
  private final Clock clock = Clock.systemUTC();

  private final CreateInstitutionHandler createInstitution =
      new CreateInstitutionHandler(new CreateInstitution(book, ids, clock));
  private final ListInstitutionsHandler listInstitutions =
      new ListInstitutionsHandler(new ListInstitutions(book));
  private final GetInstitutionHandler getInstitution =
      new GetInstitutionHandler(new GetInstitution(book));
  private final ChangeInstitutionHandler changeInstitution =
      new ChangeInstitutionHandler(new ChangeInstitution(book, clock));
  private final DeleteInstitutionHandler deleteInstitution =
      new DeleteInstitutionHandler(new DeleteInstitution(book));
  private final CreatePersonalAccountHandler createPersonalAccount =
      new CreatePersonalAccountHandler(new CreatePersonalAccount(book, ids, clock));
  private final ListPersonalAccountsHandler listPersonalAccounts =
      new ListPersonalAccountsHandler(new ListPersonalAccounts(book, book));
  private final GetPersonalAccountHandler getPersonalAccount =
      new GetPersonalAccountHandler(new GetPersonalAccount(book, book));
  private final ChangePersonalAccountHandler changePersonalAccount =
      new ChangePersonalAccountHandler(new ChangePersonalAccount(book, book, clock));
  private final DeletePersonalAccountHandler deletePersonalAccount =
      new DeletePersonalAccountHandler(new DeletePersonalAccount(book));
  private final RecordAccountValueHandler recordValue =
      new RecordAccountValueHandler(new RecordAccountValue(book, book, clock));
  private final ListAccountValuesHandler listValues =
      new ListAccountValuesHandler(new ListAccountValues(book, book));
  private final GetAccountValueHandler getValue =
      new GetAccountValueHandler(new GetAccountValue(book, book));
  private final DeleteAccountValueHandler deleteValue =
      new DeleteAccountValueHandler(new DeleteAccountValue(book));
  private final CreateHoldingHandler createHolding =
      new CreateHoldingHandler(new CreateHolding(book, book, new InMemorySecurities(), ids, clock));
  private final ListHoldingsHandler listHoldings = new ListHoldingsHandler(new ListHoldings(book));
  private final GetHoldingHandler getHolding = new GetHoldingHandler(new GetHolding(book));
  private final ChangeHoldingHandler changeHolding =
      new ChangeHoldingHandler(new ChangeHolding(book, clock));
  private final DeleteHoldingHandler deleteHolding =
      new DeleteHoldingHandler(new DeleteHolding(book));

  @Test
  void createsReadsChangesAndDeletesAnInstitution() throws Exception {
    APIGatewayV2HTTPResponse created =
        createInstitution.handleRequest(event("personal/create-institution.json"), CONTEXT);
    String id = json(created).get("id").asText();

    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(created.getHeaders()).containsEntry("location", "/me/institutions/" + id);
    assertThat(json(created).get("bic").asText()).isEqualTo("DEUTDEFF");
    Map<String, String> path = Map.of("institution_id", id);
    assertThat(status(getInstitution, "personal/get-institution.json", path)).isEqualTo(200);
    APIGatewayV2HTTPResponse changed =
        changeInstitution.handleRequest(with("personal/change-institution.json", path), CONTEXT);
    assertThat(changed.getStatusCode()).isEqualTo(200);
    assertThat(json(changed).has("bic")).isFalse();
    assertThat(json(changed).get("name").asText()).isEqualTo("Deutsche Bank AG");
    assertThat(
            json(listInstitutions.handleRequest(event("personal/list-institutions.json"), CONTEXT))
                .get("items"))
        .hasSize(1);
    assertThat(status(deleteInstitution, "personal/delete-institution.json", path)).isEqualTo(204);
    assertThat(status(getInstitution, "personal/get-institution.json", path)).isEqualTo(404);
  }

  @Test
  void anInstitutionAnAccountRefersToIsAConflictToDelete() throws Exception {
    String institution =
        json(createInstitution.handleRequest(event("personal/create-institution.json"), CONTEXT))
            .get("id")
            .asText();
    APIGatewayV2HTTPEvent account = event("personal/create-personal-account.json");
    account.setBody(
        "{\"name\": \"Checking\", \"kind\": \"checking\", \"currency\": \"EUR\","
            + " \"institution_id\": \""
            + institution
            + "\"}");
    assertThat(createPersonalAccount.handleRequest(account, CONTEXT).getStatusCode())
        .isEqualTo(201);

    APIGatewayV2HTTPResponse refused =
        deleteInstitution.handleRequest(
            with("personal/delete-institution.json", Map.of("institution_id", institution)),
            CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(409);
    assertThat(refused.getHeaders()).containsEntry("content-type", "application/problem+json");
    assertThat(json(refused).get("type").asText())
        .isEqualTo("urn:finflow:problem:institution-in-use");
  }

  @Test
  void writesAValueAs201ThenReplacesItAs200AndListsItWithTheBalance() throws Exception {
    String account = anAccount();
    Map<String, String> path = Map.of("account_id", account, "date", "2026-03-02");

    APIGatewayV2HTTPResponse first =
        recordValue.handleRequest(with("personal/record-account-value.json", path), CONTEXT);
    APIGatewayV2HTTPResponse second =
        recordValue.handleRequest(with("personal/record-account-value.json", path), CONTEXT);

    assertThat(first.getStatusCode()).isEqualTo(201);
    assertThat(first.getHeaders())
        .containsEntry("location", "/me/accounts/" + account + "/values/2026-03-02");
    assertThat(second.getStatusCode()).isEqualTo(200);
    assertThat(second.getHeaders()).doesNotContainKey("location");
    assertThat(json(second).get("cash_balance").asText()).isEqualTo("1250.00");
    assertThat(status(getValue, "personal/get-account-value.json", path)).isEqualTo(200);
    JsonNode listed =
        json(
            listValues.handleRequest(
                with("personal/list-account-values.json", Map.of("account_id", account)), CONTEXT));
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("links").has("next")).isFalse();
    JsonNode shown =
        json(
            getPersonalAccount.handleRequest(
                with("personal/get-personal-account.json", Map.of("account_id", account)),
                CONTEXT));
    assertThat(shown.at("/current_balance/balance").asText()).isEqualTo("10250.75");
    assertThat(
            json(listPersonalAccounts.handleRequest(
                    event("personal/list-personal-accounts.json"), CONTEXT))
                .at("/items/0/current_balance/date")
                .asText())
        .isEqualTo("2026-03-02");
    assertThat(status(deleteValue, "personal/delete-account-value.json", path)).isEqualTo(204);
    assertThat(status(getValue, "personal/get-account-value.json", path)).isEqualTo(404);
  }

  @Test
  void pagesValuesWithANextLinkKeepingTheRange() throws Exception {
    String account = anAccount();
    for (String day : List.of("2026-01-05", "2026-01-06", "2026-01-07")) {
      recordValue.handleRequest(
          with("personal/record-account-value.json", Map.of("account_id", account, "date", day)),
          CONTEXT);
    }
    APIGatewayV2HTTPEvent list =
        with("personal/list-account-values.json", Map.of("account_id", account));
    list.getQueryStringParameters().put("limit", "2");

    JsonNode page = json(listValues.handleRequest(list, CONTEXT));

    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("next_cursor").asText()).isEqualTo("2026-01-06");
    assertThat(page.at("/links/next").asText())
        .isEqualTo(
            "/me/accounts/"
                + account
                + "/values?from=2026-01-01&to=2026-03-31&limit=2&cursor=2026-01-06");
    list.getQueryStringParameters().put("cursor", "2026-01-06");
    JsonNode last = json(listValues.handleRequest(list, CONTEXT));
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.has("next_cursor")).isFalse();
  }

  @Test
  void refusesARangeTheWrongWayRoundNamingBothEnds() throws Exception {
    APIGatewayV2HTTPEvent list =
        with("personal/list-account-values.json", Map.of("account_id", anAccount()));
    list.getQueryStringParameters().put("from", "2026-04-01");

    APIGatewayV2HTTPResponse response = listValues.handleRequest(list, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(pointers(response)).containsExactlyInAnyOrder("/query/from", "/query/to");
  }

  @Test
  void addsChangesAndRemovesAHoldingAndKeepsTheAccountWhileItHasOne() throws Exception {
    String account = anAccount();
    APIGatewayV2HTTPEvent create = event("personal/create-holding.json");
    create.setBody(create.getBody().replace("01963f7a-3c4d-7e5f-8a6b-7c8d9e0f1a2b", account));

    APIGatewayV2HTTPResponse created = createHolding.handleRequest(create, CONTEXT);
    String id = json(created).get("id").asText();

    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(created.getHeaders()).containsEntry("location", "/me/holdings/" + id);
    Map<String, String> path = Map.of("holding_id", id);
    APIGatewayV2HTTPResponse changed =
        changeHolding.handleRequest(with("personal/change-holding.json", path), CONTEXT);
    assertThat(json(changed).get("quantity").asText()).isEqualTo("15");
    APIGatewayV2HTTPEvent list = event("personal/list-holdings.json");
    list.getQueryStringParameters().put("account", account);
    assertThat(json(listHoldings.handleRequest(list, CONTEXT)).get("items")).hasSize(1);
    Map<String, String> accountPath = Map.of("account_id", account);
    APIGatewayV2HTTPResponse kept =
        deletePersonalAccount.handleRequest(
            with("personal/delete-personal-account.json", accountPath), CONTEXT);
    assertThat(kept.getStatusCode()).isEqualTo(409);
    assertThat(json(kept).get("type").asText())
        .isEqualTo("urn:finflow:problem:account-has-holdings");
    assertThat(status(getHolding, "personal/get-holding.json", path)).isEqualTo(200);
    assertThat(status(deleteHolding, "personal/delete-holding.json", path)).isEqualTo(204);
    assertThat(status(deletePersonalAccount, "personal/delete-personal-account.json", accountPath))
        .isEqualTo(204);
  }

  @Test
  void refusesAHoldingOnACheckingAccountAndANegativeQuantityAs422() throws Exception {
    APIGatewayV2HTTPEvent account = event("personal/create-personal-account.json");
    account.setBody("{\"name\": \"Checking\", \"kind\": \"checking\", \"currency\": \"EUR\"}");
    String checking =
        json(createPersonalAccount.handleRequest(account, CONTEXT)).get("id").asText();
    APIGatewayV2HTTPEvent onChecking = event("personal/create-holding.json");
    onChecking.setBody(
        onChecking.getBody().replace("01963f7a-3c4d-7e5f-8a6b-7c8d9e0f1a2b", checking));
    APIGatewayV2HTTPEvent negative = event("personal/create-holding.json");
    negative.setBody(negative.getBody().replace("\"12.5\"", "\"-1\""));

    APIGatewayV2HTTPResponse notInvestment = createHolding.handleRequest(onChecking, CONTEXT);
    APIGatewayV2HTTPResponse refused = createHolding.handleRequest(negative, CONTEXT);

    assertThat(notInvestment.getStatusCode()).isEqualTo(422);
    assertThat(pointers(notInvestment)).containsExactly("/account_id");
    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(pointers(refused)).containsExactly("/quantity");
  }

  @Test
  void anotherUserEvenAnAdminGets404AndMalformedIdsOrDatesGet422() throws Exception {
    String account = anAccount();
    APIGatewayV2HTTPEvent stranger =
        with("personal/get-personal-account.json", Map.of("account_id", account));
    stranger.getRequestContext().getAuthorizer().getLambda().put("user_id", "someone-else");
    stranger.getRequestContext().getAuthorizer().getLambda().put("role", "admin");

    assertThat(getPersonalAccount.handleRequest(stranger, CONTEXT).getStatusCode()).isEqualTo(404);
    APIGatewayV2HTTPResponse badId =
        getPersonalAccount.handleRequest(
            with("personal/get-personal-account.json", Map.of("account_id", "not-an-id")), CONTEXT);
    assertThat(badId.getStatusCode()).isEqualTo(422);
    assertThat(pointers(badId)).containsExactly("/path/account_id");
    APIGatewayV2HTTPResponse badDate =
        getValue.handleRequest(
            with(
                "personal/get-account-value.json",
                Map.of("account_id", account, "date", "2026-02-30")),
            CONTEXT);
    assertThat(badDate.getStatusCode()).isEqualTo(422);
    assertThat(pointers(badDate)).containsExactly("/path/date");
  }

  @Test
  void refusesAnAccountChangeOfKindOrCurrencyAs422AndRenamesOtherwise() throws Exception {
    String account = anAccount();
    APIGatewayV2HTTPEvent change =
        with("personal/change-personal-account.json", Map.of("account_id", account));
    change.setBody("{\"kind\": \"savings\", \"currency\": \"USD\", \"name\": \"\"}");

    APIGatewayV2HTTPResponse refused = changePersonalAccount.handleRequest(change, CONTEXT);
    APIGatewayV2HTTPResponse renamed =
        changePersonalAccount.handleRequest(
            with("personal/change-personal-account.json", Map.of("account_id", account)), CONTEXT);

    assertThat(refused.getStatusCode()).isEqualTo(422);
    assertThat(pointers(refused)).containsExactlyInAnyOrder("/name", "/kind", "/currency");
    assertThat(renamed.getStatusCode()).isEqualTo(200);
    assertThat(json(renamed).get("name").asText()).isEqualTo("Long-term brokerage");
    assertThat(json(renamed).get("kind").asText()).isEqualTo("investment");
  }

  private String anAccount() throws Exception {
    APIGatewayV2HTTPResponse created =
        createPersonalAccount.handleRequest(
            event("personal/create-personal-account.json"), CONTEXT);
    assertThat(created.getStatusCode()).isEqualTo(201);
    String id = json(created).get("id").asText();
    assertThat(created.getHeaders()).containsEntry("location", "/me/accounts/" + id);
    assertThat(json(created).get("current_balance").isNull()).isTrue();
    return id;
  }

  private static int status(
      com.finflow.shared.lambda.HttpFunction handler, String path, Map<String, String> parameters) {
    return handler.handleRequest(with(path, parameters), CONTEXT).getStatusCode();
  }

  private static List<String> pointers(APIGatewayV2HTTPResponse response) throws Exception {
    List<String> pointers = new ArrayList<>();
    json(response).get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
    return pointers;
  }

  private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
    return Json.MAPPER.readTree(response.getBody());
  }

  private static APIGatewayV2HTTPEvent with(String path, Map<String, String> parameters) {
    APIGatewayV2HTTPEvent event = event(path);
    event.setPathParameters(parameters);
    return event;
  }

  private static APIGatewayV2HTTPEvent event(String path) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent(path);
    event.setHeaders(new HashMap<>(event.getHeaders()));
    event.setQueryStringParameters(
        new HashMap<>(
            event.getQueryStringParameters() == null
                ? Map.of()
                : event.getQueryStringParameters()));
    return event;
  }
}
