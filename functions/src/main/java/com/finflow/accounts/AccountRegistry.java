package com.finflow.accounts;

import java.util.Optional;

/** Where bank accounts and their balances are kept. */
public interface AccountRegistry {

  /**
   * Records a new account, with nothing reserved yet; false when its IBAN is already registered
   * (nothing is written then).
   */
  boolean open(BankAccount account);

  Optional<BankAccount> find(String iban);
}
