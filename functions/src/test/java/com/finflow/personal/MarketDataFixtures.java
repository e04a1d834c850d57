package com.finflow.personal;

import java.util.List;

/** The test price source and an empty book, for tests outside this package. */
public final class MarketDataFixtures {

  private MarketDataFixtures() {}

  public static PriceSource source() {
    return new SandboxLikeSource();
  }

  public static PortfolioBook emptyBook() {
    return new FixedBook(List.of(), List.of(), List.of());
  }
}
