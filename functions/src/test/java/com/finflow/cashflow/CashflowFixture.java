package com.finflow.cashflow;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every cashflow contract starts from, on any implementation of the storage ports: two
 * companies (acme with two accounts and an opening balance, bravo with one) and a USD rate.
 */
public abstract class CashflowFixture {

  static final String DE_A = "DE89370400440532013000";
  static final String FR_A = "FR7630006000011234567890189";
  static final String ES_B = "ES9121000418450200051332";
  static final String GB_UNKNOWN = "GB29NWBK60161331926819";
  static final String US_UNKNOWN = "US64SVBKUS6S3300958879";

  CashflowPorts ports;

  protected abstract CashflowPorts newPorts();

  @BeforeEach
  void companiesAndRates() {
    ports = newPorts();
    ports.company("acme", "1000.00", DE_A, FR_A);
    ports.company("bravo", "", ES_B);
    ports.rate("USD", "0.9", Optional.empty());
  }
}
