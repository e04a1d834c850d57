package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two companies, two accounts outside, USD rates: feeds small enough to work out by hand. */
final class HandWorkedFeeds {

  private HandWorkedFeeds() {}

  static final String ALPHA_DE = "DE89370400440532013000";
  static final String ALPHA_NL = "NL91ABNA0417164300";
  static final String BETA_FR = "FR1420041010050500013M02606";
  static final String OUTSIDE_GB = "GB29NWBK60161331926819";
  static final String OUTSIDE_ES = "ES9121000418450200051332";

  /** DE89... with other check digits: a real country and length, wrong mod-97. */
  static final String WRONG_CHECK_DIGITS = "DE88370400440532013000";

  static final List<MonitoredCompany> COMPANIES =
      List.of(
          new MonitoredCompany(
              "alpha", List.of(ALPHA_DE, ALPHA_NL), Map.of(ALPHA_DE, new BigDecimal("1000.00"))),
          new MonitoredCompany("beta", List.of(BETA_FR), Map.of()));

  static final List<RateEntry> RATES =
      List.of(
          new RateEntry("USD", new BigDecimal("0.5"), Optional.empty()),
          new RateEntry("USD", new BigDecimal("0.9"), Optional.of(LocalDate.of(2022, 1, 1))));

  static FoldOutcome fold(FeedBatch... batches) {
    return fold(InternalTransfers.NOT_COMPANY_FLOWS, false, RATES, batches);
  }

  static FoldOutcome fold(
      InternalTransfers reading, boolean strict, List<RateEntry> rates, FeedBatch... batches) {
    CashflowFold fold = new CashflowFold(COMPANIES, strict, rates, reading);
    for (FeedBatch batch : batches) {
      fold.deliver(batch);
    }
    return fold.fold();
  }

  static FeedBatch batch(String batchId, ObjectNode... rows) {
    ArrayNode transactions = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode row : rows) {
      transactions.add(row);
    }
    return new FeedBatch("SWIFT", batchId, transactions);
  }

  static ObjectNode row(
      String id, String payer, String beneficiary, String amount, String currency, String at) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("id", id)
        .put("payer_iban", payer)
        .put("beneficiary_iban", beneficiary)
        .put("amount", amount)
        .put("currency", currency)
        .put("timestamp", at);
  }

  static BalanceRow balanceRow(
      LocalDate start, LocalDate end, String opening, String in, String out, String closing) {
    return new BalanceRow(
        start,
        end,
        new BigDecimal(opening),
        new BigDecimal(in),
        new BigDecimal(out),
        new BigDecimal(closing));
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
