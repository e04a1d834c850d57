package com.finflow.cashflow;

/** An account's balance, EUR as a decimal string. */
public record AccountBalance(String iban, String balance) {}
