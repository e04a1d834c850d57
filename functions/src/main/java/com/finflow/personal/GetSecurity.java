package com.finflow.personal;

/** {@code GET /securities/{symbol}}: one security as the price source describes it. */
public final class GetSecurity {

  private final SecurityDirectory directory;

  public GetSecurity(SecurityDirectory directory) {
    this.directory = directory;
  }

  public Security bySymbol(String symbol) {
    return directory.find(symbol).orElseThrow(() -> new NoSuchSecurity(symbol));
  }
}
