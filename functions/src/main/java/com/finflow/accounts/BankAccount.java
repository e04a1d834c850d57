package com.finflow.accounts;

import com.finflow.shared.money.Money;
import java.time.Instant;

/**
 * An organization's account at its bank. {@code reserved} is money promised to accepted transfers
 * not yet settled; what can still be promised is {@link #available()}.
 */
public record BankAccount(
    String iban,
    String bic,
    String organizationId,
    Money balance,
    Money reserved,
    Instant createdAt) {

  public Money available() {
    return balance.minus(reserved);
  }
}
