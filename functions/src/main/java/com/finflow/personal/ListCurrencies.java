package com.finflow.personal;

import java.util.List;

/** {@code GET /currencies}: every currency Finflow converts, with its ISO 4217 minor units. */
public final class ListCurrencies {

  public record Listing(List<IsoCurrency> currencies) {}

  public Listing all() {
    return new Listing(Currencies.ALL);
  }
}
