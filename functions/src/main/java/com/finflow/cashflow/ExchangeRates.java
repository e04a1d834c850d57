package com.finflow.cashflow;

import java.util.List;

/** The rate periods of each organization, only ever added. */
public interface ExchangeRates {

  List<ExchangeRate> all(String organizationId);

  /** Adds the period; false when one with the same currency and start is already there. */
  boolean add(String organizationId, ExchangeRate rate);
}
