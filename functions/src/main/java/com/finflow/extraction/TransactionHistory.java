package com.finflow.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The booked transactions already returned for an account under a consent, kept (encrypted, like
 * every provider session) for as long as the consent, so that the next extraction asks the provider
 * only for what was booked since. Booked transactions never change; pending ones are never kept,
 * and are always asked for again.
 */
public interface TransactionHistory {

  Optional<Booked> find(String organizationId, String consentId, String accountId);

  /** Replaces what was kept for this account, until {@code until}. */
  void keep(
      String organizationId, String consentId, String accountId, Booked booked, Instant until);

  /**
   * Booked transactions in the provider's order, as returned, and the day a refresh asks from.
   *
   * @param refreshFrom the newest booking day among them (more may be booked later that same day),
   *     or the oldest pending transaction's day when earlier, so that it is read again
   */
  record Booked(LocalDate refreshFrom, List<Extraction.TransactionData> transactions) {

    public Booked {
      transactions = List.copyOf(transactions);
    }

    /**
     * What to keep of the transactions returned by an extraction up to {@code to}: the booked ones,
     * and the day to refresh from.
     */
    public static Booked of(List<Extraction.TransactionData> returned, LocalDate to) {
      LocalDate newestBooked =
          returned.stream()
              .filter(TransactionHistory::booked)
              .map(TransactionHistory::bookingDate)
              .max(LocalDate::compareTo)
              .orElse(to);
      LocalDate refreshFrom =
          returned.stream()
              .filter(transaction -> !booked(transaction))
              .map(TransactionHistory::bookingDate)
              .filter(newestBooked::isAfter)
              .min(LocalDate::compareTo)
              .orElse(newestBooked);
      return new Booked(refreshFrom, returned.stream().filter(TransactionHistory::booked).toList());
    }
  }

  static boolean booked(Extraction.TransactionData transaction) {
    return OpenFinanceProvider.Transaction.BOOKED.equals(transaction.transactionStatus());
  }

  /** The day of a transaction's date or date-time, as the provider wrote it. */
  static LocalDate bookingDate(Extraction.TransactionData transaction) {
    return LocalDate.parse(transaction.date().substring(0, 10));
  }
}
