package com.finflow.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The normalized answer of an extraction: every account with its balance and transactions, and what
 * could not be fetched in time or read. Amounts are plain decimal strings with the provider's own
 * scale, whether it wrote them as strings or as numbers.
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
   * @param errors one per account that is missing and per record left out because it could not be
   *     read
   */
  public record Summary(
      int totalAccounts, int totalTransactions, long processingTimeMs, List<AccountError> errors) {

    public Summary {
      errors = List.copyOf(errors);
    }
  }

  /**
   * What is missing from an account: the whole account (no record, no field), or one of its records
   * that could not be read, left out rather than returned with blanks.
   *
   * @param recordId the provider's id of the record, or where it stood when it had none
   * @param field the provider's name of the field that could not be read
   */
  public record AccountError(
      String account, Optional<String> recordId, Optional<String> field, String reason) {

    public static AccountError ofAccount(String account, String reason) {
      return new AccountError(account, Optional.empty(), Optional.empty(), reason);
    }

    public static AccountError ofRecord(String account, OpenFinanceProvider.Unreadable record) {
      return new AccountError(
          account, Optional.of(record.recordId()), Optional.of(record.field()), record.reason());
    }

    /** As one line of a problem's detail. */
    public String describe() {
      return "account "
          + account
          + recordId.map(id -> ", record " + id).orElse("")
          + field.map(name -> ", " + name).orElse("")
          + ": "
          + reason;
    }
  }

  public boolean complete() {
    return summary.errors().isEmpty();
  }
}
