package com.finflow.accounts;

import com.finflow.shared.money.Money;

/**
 * A sandbox account to open, read and validated: a normalized IBAN and BIC, and a balance of zero
 * or more.
 */
public record OpenAccountCommand(String iban, String bic, Money initialBalance) {}
