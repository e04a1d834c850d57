package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** A well-formed currency code Finflow does not convert (see {@code GET /currencies}). */
public final class NoSuchCurrency extends NotFound {

  public NoSuchCurrency(String code) {
    super(code + " is not a currency Finflow converts; GET /currencies lists them");
  }
}
