package com.finflow.accounts;

/** An account as the API shows it: amounts as exact decimal strings. */
public record AccountView(
    String iban, String bic, String currency, String balance, String reserved, String available) {

  static AccountView of(BankAccount account) {
    return new AccountView(
        account.iban(),
        account.bic(),
        account.balance().currency().getCurrencyCode(),
        account.balance().toDecimalString(),
        account.reserved().toDecimalString(),
        account.available().toDecimalString());
  }
}
