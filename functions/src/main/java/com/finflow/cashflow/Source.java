package com.finflow.cashflow;

/** The feed a transaction came from: SEPA (EUR between known accounts) or SWIFT (worldwide). */
public enum Source {
  SEPA,
  SWIFT
}
