package com.finflow.localstack.cashflow;

/** The feed a batch comes from. */
public enum Source {
  SEPA,
  SWIFT
}
