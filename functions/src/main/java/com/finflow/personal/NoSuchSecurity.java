package com.finflow.personal;

import com.finflow.shared.failure.NotFound;

/** The price source knows no security with this symbol. */
public final class NoSuchSecurity extends NotFound {

  public NoSuchSecurity(String symbol) {
    super("no security has the symbol " + symbol + "; GET /securities?query= searches them");
  }
}
