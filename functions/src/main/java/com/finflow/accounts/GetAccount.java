package com.finflow.accounts;

import com.finflow.shared.Caller;
import com.finflow.shared.banking.BankIdentifiers;

/**
 * One of the caller's accounts with its balance, reservations and what is still available. Another
 * organization's account is reported as not found, never as forbidden.
 */
public final class GetAccount {

  private final AccountRegistry registry;

  public GetAccount(AccountRegistry registry) {
    this.registry = registry;
  }

  /**
   * The account, however the IBAN is spaced or cased; {@link NoSuchAccount} if the caller's
   * organization has none.
   */
  public AccountView get(Caller caller, String iban) {
    return registry
        .find(BankIdentifiers.normalize(iban))
        .filter(account -> account.organizationId().equals(caller.organizationId()))
        .map(AccountView::of)
        .orElseThrow(NoSuchAccount::new);
  }
}
