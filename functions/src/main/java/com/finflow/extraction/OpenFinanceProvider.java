package com.finflow.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An Open Finance Brasil provider (an account-holding institution) as Finflow uses it: register a
 * client, obtain a token, obtain a user's consent, and read accounts, balances and transactions.
 * Every call may throw {@link ProviderFailure}.
 */
public interface OpenFinanceProvider {

  /** Dynamic client registration; the credentials last until the provider revokes them. */
  ClientCredentials register(String clientName);

  AccessToken token(ClientCredentials client);

  Consent createConsent(AccessToken token, Cpf user, Instant expiresAt);

  Consent consent(AccessToken token, String consentId);

  Page<Account> accounts(AccessToken token, String consentId, int page);

  /**
   * @throws UnreadableRecord when the provider's balance has no amount or currency Finflow can read
   */
  Amount balance(AccessToken token, String consentId, String accountId);

  /**
   * One page of the account's transactions booked between the two dates (at most 12 months apart),
   * and the records of that page that could not be read.
   */
  Page<Transaction> transactions(
      AccessToken token,
      String consentId,
      String accountId,
      LocalDate from,
      LocalDate to,
      int page);

  record ClientCredentials(String clientId, String clientSecret) {}

  record AccessToken(String value, Instant expiresAt) {}

  /**
   * @param status {@code AWAITING_AUTHORISATION}, {@code AUTHORISED} or {@code REJECTED}
   */
  record Consent(String id, String status, Instant expiresAt, Optional<String> rejectionReason) {}

  /**
   * One page of a paginated resource: the records read, those that could not be read (never
   * returned with blanks), and whether another page follows.
   */
  record Page<T>(List<T> items, List<Unreadable> unreadable, boolean hasNext, int totalPages) {

    public Page {
      items = List.copyOf(items);
      unreadable = List.copyOf(unreadable);
    }

    public Page(List<T> items, boolean hasNext, int totalPages) {
      this(items, List.of(), hasNext, totalPages);
    }
  }

  /**
   * A record of the provider that Finflow could not read.
   *
   * @param recordId the record's id, or where it stood when it has none ({@code page 2, item 5})
   * @param field the field as the provider's version names it, such as {@code transactionAmount}
   * @param reason why it could not be read: missing, not a decimal, not a date...
   */
  record Unreadable(String recordId, String field, String reason) {}

  record Account(String id, String type) {}

  /** A decimal amount exactly as the provider wrote it, with its currency. */
  record Amount(String value, String currency) {}

  /**
   * @param status {@code TRANSACAO_EFETIVADA} once booked, {@code LANCAMENTO_FUTURO} while pending
   * @param direction {@code CREDITO} or {@code DEBITO}
   * @param bookedAt as the provider wrote it: a date-time in v2, a date in v1
   */
  record Transaction(
      String id,
      String type,
      String status,
      Amount amount,
      String direction,
      String description,
      String bookedAt) {

    public static final String BOOKED = "TRANSACAO_EFETIVADA";

    /** Booked transactions never change; a pending one may still change or disappear. */
    public boolean booked() {
      return BOOKED.equals(status);
    }

    /** The day it was booked (or is expected to be, while pending), as the provider dates it. */
    public LocalDate bookingDate() {
      return LocalDate.parse(bookedAt.substring(0, 10));
    }
  }
}
