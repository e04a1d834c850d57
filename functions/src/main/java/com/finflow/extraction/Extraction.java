package com.finflow.extraction;

import java.time.Instant;
import java.util.List;

/**
 * The normalized answer of an extraction: every account with its balance and transactions, and what
 * could not be fetched in time. Amounts are decimal strings exactly as the provider wrote them.
 */
public record Extraction(
    String userDocument, Instant extractionDate, List<AccountData> accounts, Summary summary) {

  public record AccountData(
      String accountId, String accountType, Money balance, List<TransactionData> transactions) {}

  public record Money(String amount, String currency) {}

  public record TransactionData(
      String transactionId,
      String transactionType,
      String transactionStatus,
      String amount,
      String currency,
      String direction,
      String description,
      String date) {}

  /**
   * @param errors one line per account that is missing or incomplete, naming the account and the
   *     reason
   */
  public record Summary(
      int totalAccounts, int totalTransactions, long processingTimeMs, List<String> errors) {}

  public boolean complete() {
    return summary.errors().isEmpty();
  }
}
