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

  Amount balance(AccessToken token, String consentId, String accountId);

  /**
   * One page of the account's transactions booked between the two dates (at most 12 months apart).
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

  /** One page of a paginated resource, and whether another follows. */
  record Page<T>(List<T> items, boolean hasNext, int totalPages) {}

  record Account(String id, String type) {}

  /** A decimal amount exactly as the provider wrote it, with its currency. */
  record Amount(String value, String currency) {}

  /**
   * @param direction {@code CREDITO} or {@code DEBITO}
   */
  record Transaction(
      String id,
      String type,
      String status,
      Amount amount,
      String direction,
      String description,
      String bookedAt) {}
}
