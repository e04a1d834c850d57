package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Institutions, accounts, their values and holdings, and the portfolio, are each user's own: for
 * every route, the admin of the owner's organization naming the owner's ids gets 404, finds none of
 * them in a list or a valuation, and changes nothing.
 */
@ExtendWith(RunningFinflow.class)
class BookTenancyFlowTest {

  @Test
  void anotherUserEvenTheAdminGets404ForEveryRouteOfTheOwnersBook(LocalStackRuntime runtime) {
    Household household = Household.register(new ApiClient(runtime.httpBaseUrl()));
    String owner = household.owner();
    String admin = household.admin();
    String institution =
        id(
            household.send(
                "POST",
                owner,
                "/me/institutions",
                "{\"name\":\"Banco Azul\",\"country\":\"PT\",\"bic\":\"BCOMPTPL\"}"));
    String account =
        id(
            household.send(
                "POST",
                owner,
                "/me/accounts",
                "{\"name\":\"Broker\",\"kind\":\"investment\",\"currency\":\"EUR\",\"institution_id\":\""
                    + institution
                    + "\"}"));
    String valuePath = "/me/accounts/" + account + "/values/2026-11-02";
    assertThat(
            household
                .send(
                    "PUT", owner, valuePath, "{\"balance\":\"900.00\",\"cash_balance\":\"100.00\"}")
                .status())
        .isEqualTo(201);
    String holding =
        id(
            household.send(
                "POST",
                owner,
                "/me/holdings",
                "{\"account_id\":\""
                    + account
                    + "\",\"symbol\":\"IBM\",\"quantity\":\"2\",\"cost_basis\":\"300.00\","
                    + "\"cost_currency\":\"USD\"}"));

    List<String[]> attempts =
        List.of(
            new String[] {"GET", "/me/institutions/" + institution, ""},
            new String[] {"PATCH", "/me/institutions/" + institution, "{\"name\":\"Mine now\"}"},
            new String[] {"DELETE", "/me/institutions/" + institution, ""},
            new String[] {"GET", "/me/accounts/" + account, ""},
            new String[] {"PATCH", "/me/accounts/" + account, "{\"name\":\"Mine now\"}"},
            new String[] {"DELETE", "/me/accounts/" + account, ""},
            new String[] {"GET", "/me/accounts/" + account + "/values", ""},
            new String[] {"GET", valuePath, ""},
            new String[] {"PUT", valuePath, "{\"balance\":\"1.00\",\"cash_balance\":\"1.00\"}"},
            new String[] {"DELETE", valuePath, ""},
            new String[] {"GET", "/me/holdings/" + holding, ""},
            new String[] {"PATCH", "/me/holdings/" + holding, "{\"quantity\":\"1000\"}"},
            new String[] {"DELETE", "/me/holdings/" + holding, ""});
    for (String[] attempt : attempts) {
      ApiClient.Reply reply = household.send(attempt[0], admin, attempt[1], attempt[2]);
      assertThat(reply.status())
          .as(attempt[0] + " " + attempt[1] + ": " + reply.body())
          .isEqualTo(404);
    }
    // Naming the owner's account in a body is naming an account the admin does not have.
    assertThat(
            household
                .send(
                    "POST",
                    admin,
                    "/me/holdings",
                    "{\"account_id\":\""
                        + account
                        + "\",\"symbol\":\"IBM\",\"quantity\":\"1\",\"cost_basis\":\"1.00\","
                        + "\"cost_currency\":\"USD\"}")
                .status())
        .isEqualTo(422);
    for (String list : List.of("/me/institutions", "/me/accounts", "/me/holdings")) {
      assertThat(household.send("GET", admin, list, "").json().get("items")).as(list).isEmpty();
    }
    JsonNode theirs = household.send("GET", admin, "/me/portfolio?at=2026-11-20", "").json();
    assertThat(theirs.get("accounts")).isEmpty();

    // Nothing the admin tried changed the owner's book.
    assertThat(
            household
                .send("GET", owner, "/me/institutions/" + institution, "")
                .json()
                .get("name")
                .asText())
        .isEqualTo("Banco Azul");
    assertThat(household.send("GET", owner, valuePath, "").json().get("balance").asText())
        .isEqualTo("900.00");
    assertThat(
            household
                .send("GET", owner, "/me/holdings/" + holding, "")
                .json()
                .get("quantity")
                .asText())
        .isEqualTo("2");
    JsonNode mine = household.send("GET", owner, "/me/portfolio?at=2026-11-20", "").json();
    assertThat(mine.get("accounts").get(0).get("holdings").get(0).get("holding_id").asText())
        .isEqualTo(holding);
    assertThat(mine.get("accounts").get(0).get("cash").asText()).isEqualTo("100.00");
  }

  private static String id(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asText();
  }
}
