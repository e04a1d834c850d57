package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

/**
 * An organization signed up through the API, with its admin's token and one sandbox account in
 * France.
 */
public record Tenant(String accessToken, String iban) {

  public static final String BIC = "QNTOFRP1XXX";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Tenant signUp(ApiClient api, String startingBalance) {
    return signUpAs(
        api,
        "treasurer-" + UUID.randomUUID() + "@example.com",
        "correct horse " + UUID.randomUUID(),
        startingBalance);
  }

  /** As {@link #signUp}, with the admin's email and password chosen by the caller. */
  public static Tenant signUpAs(
      ApiClient api, String email, String password, String startingBalance) {
    assertThat(
            api.post(
                    "/auth/register",
                    Optional.empty(),
                    "{\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + password
                        + "\",\"organization_name\":\"Payroll "
                        + UUID.randomUUID()
                        + "\"}")
                .status())
        .isEqualTo(201);
    ApiClient.Reply login =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    String token = login.json().get("access_token").asText();
    String iban = Iban.random(CountryCode.FR).toString();
    ApiClient.Reply opened =
        api.post(
            "/accounts",
            Optional.of(token),
            "{\"iban\":\""
                + iban
                + "\",\"bic\":\""
                + BIC
                + "\",\"currency\":\"EUR\",\"initial_balance\":\""
                + startingBalance
                + "\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return new Tenant(token, iban);
  }

  /**
   * A bulk of {@code count} transfers to German accounts with amounts drawn from {@code random}, in
   * cents.
   */
  public ObjectNode bulkOf(int count, Random random, String mode) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("request_id", UUID.randomUUID().toString())
            .put("organization_iban", iban)
            .put("organization_bic", BIC)
            .put("mode", mode);
    ArrayNode transfers = body.putArray("credit_transfers");
    for (int index = 0; index < count; index++) {
      long cents = 100 + random.nextInt(500_000);
      transfers
          .addObject()
          .put("transfer_id", "T-" + index)
          .put("amount", (cents / 100) + "." + String.format("%02d", cents % 100))
          .put("currency", "EUR")
          .put("counterparty_name", "Employee " + index)
          .put("counterparty_bic", "DEUTDEFFXXX")
          .put("counterparty_iban", Iban.random(CountryCode.DE).toString())
          .put("description", "Salary November");
    }
    return body;
  }

  public ApiClient.Reply account(ApiClient api) {
    return api.get("/accounts/" + iban, Optional.of(accessToken));
  }
}
