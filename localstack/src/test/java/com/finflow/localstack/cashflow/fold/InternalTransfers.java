package com.finflow.localstack.cashflow.fold;

/**
 * How a transfer between two accounts of the same company shows at company level. At account level
 * it is always an outflow of one account and an inflow of the other.
 */
public enum InternalTransfers {
  /** Money moving inside the company: neither in nor out of the company (the default reading). */
  NOT_COMPANY_FLOWS,
  /** Counted in the company's {@code in} and in its {@code out} alike; the balance is the same. */
  COMPANY_IN_AND_OUT
}
