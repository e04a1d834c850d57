package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.cashflow.IbanRules;
import com.finflow.cashflow.RegisterCompanyCommand;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.http.RequestBodies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code PUT /cashflow/companies/{company_id}} into a {@link RegisterCompanyCommand}. */
final class RegisterCompanyRequest {

  static final int MAX_IBANS = 20;
  private static final Pattern IBAN = Pattern.compile(FieldPatterns.ELECTRONIC_IBAN);
  private static final Pattern BALANCE = Pattern.compile(FieldPatterns.EUR_BALANCE);

  private RegisterCompanyRequest() {}

  static RegisterCompanyCommand parse(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new ArrayList<>();
    String companyId = new CashflowQuery(event, errors).companyId();
    JsonNode body = RequestBodies.objectOf(event);
    BodyFields fields = new BodyFields(body);
    String name = fields.text("name", 200);
    String owner = fields.text("owner", 200);
    List<String> ibans = new ArrayList<>();
    JsonNode list = fields.member("ibans").orElse(null);
    if (list == null) {
      fields.reject("ibans", "is required");
    } else if (!list.isArray() || list.isEmpty() || list.size() > MAX_IBANS) {
      fields.reject("ibans", "must be an array of 1 to " + MAX_IBANS + " IBANs");
    } else {
      BodyFields ofIbans = fields.nested(list, "/ibans");
      for (int i = 0; i < list.size(); i++) {
        JsonNode iban = list.get(i);
        if (!iban.isTextual()
            || !IBAN.matcher(iban.asText()).matches()
            || !IbanRules.isCountry(iban.asText().substring(0, 2))) {
          ofIbans.reject(
              String.valueOf(i),
              "must be an IBAN in electronic form, such as DE89370400440532013000");
        } else if (ibans.contains(iban.asText())) {
          ofIbans.reject(String.valueOf(i), "is listed twice");
        } else {
          ibans.add(iban.asText());
        }
      }
    }
    Map<String, Long> opening = new LinkedHashMap<>();
    if (body.has("opening_balances") && body.get("opening_balances").isNull()) {
      fields.reject(
          "opening_balances",
          "must be an object of IBAN to decimal EUR; leave the field out instead of null");
    }
    fields
        .member("opening_balances")
        .ifPresent(
            balances -> {
              if (!balances.isObject()) {
                fields.reject("opening_balances", "must be an object of IBAN to decimal EUR");
                return;
              }
              BodyFields ofBalances = fields.nested(balances, "/opening_balances");
              balances
                  .properties()
                  .forEach(
                      entry -> {
                        ofBalances.member(entry.getKey());
                        JsonNode value = entry.getValue();
                        if (!ibans.contains(entry.getKey())) {
                          ofBalances.reject(entry.getKey(), "is not one of the company's ibans");
                        } else if (!value.isTextual()
                            || !BALANCE.matcher(value.asText()).matches()) {
                          ofBalances.reject(
                              entry.getKey(), "must be a decimal EUR string such as \"-1250.40\"");
                        } else {
                          opening.put(
                              entry.getKey(),
                              new BigDecimal(value.asText()).movePointRight(2).longValueExact());
                        }
                      });
            });
    Requests.throwIfInvalid(errors, fields);
    return new RegisterCompanyCommand(companyId, name, owner, ibans, opening);
  }
}
