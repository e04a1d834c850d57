package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the summary answer must say about one company, per the rules. */
public record CompanySummary(
    String companyId,
    BigDecimal balance,
    BigDecimal debt,
    BigDecimal credit,
    List<AccountBalance> accounts,
    List<CountryFlows> countries,
    long transactionsCounted,
    long transactionsQuarantined,
    Optional<Instant> latestTransactionAt) {

  /** An account's balance: its opening balance plus its inflows minus its outflows. */
  public record AccountBalance(String iban, BigDecimal balance) {}

  /** Counted transactions with counterparts in one country, and their EUR amounts. */
  public record CountryFlows(String country, long transactions, BigDecimal in, BigDecimal out) {}

  /**
   * The summary in the answer's wire shape, but for {@code latest_transaction_at}, whose text
   * (offset, precision) the fold does not fix: compare it as an instant.
   */
  public ObjectNode toJson() {
    ObjectNode summary = JsonNodeFactory.instance.objectNode();
    summary.put("company_id", companyId);
    summary.put("currency", "EUR");
    summary.put("balance", Cents.text(balance));
    summary.put("debt", Cents.text(debt));
    summary.put("credit", Cents.text(credit));
    ArrayNode accountsJson = summary.putArray("accounts");
    accounts.forEach(
        account ->
            accountsJson
                .addObject()
                .put("iban", account.iban())
                .put("balance", Cents.text(account.balance())));
    ArrayNode countriesJson = summary.putArray("countries");
    for (CountryFlows country : countries) {
      ObjectNode countryJson = countriesJson.addObject().put("country", country.country());
      countryJson.set("transactions", count(country.transactions()));
      countryJson.put("in", Cents.text(country.in())).put("out", Cents.text(country.out()));
    }
    summary.set("transactions_counted", count(transactionsCounted));
    summary.set("transactions_quarantined", count(transactionsQuarantined));
    return summary;
  }

  /**
   * A count as a JSON parser reads one back: an int node when it fits, so answers compare equal.
   */
  private static JsonNode count(long value) {
    return value == (int) value
        ? JsonNodeFactory.instance.numberNode((int) value)
        : JsonNodeFactory.instance.numberNode(value);
  }
}
