package com.finflow.personal.lambda;

import com.finflow.personal.Security;
import java.util.List;

/** A security on the wire. */
record SecurityView(String symbol, String name, String type, String region, String currency) {

  static SecurityView of(Security security) {
    return new SecurityView(
        security.symbol(),
        security.name(),
        security.type(),
        security.region(),
        security.currency());
  }

  /** The answer of a search. */
  record Found(List<SecurityView> securities) {}
}
