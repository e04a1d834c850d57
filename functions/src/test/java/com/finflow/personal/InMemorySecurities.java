package com.finflow.personal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A few listed securities, found by symbol whatever its case, as a price source finds them. */
public final class InMemorySecurities implements SecurityDirectory {

  private final Map<String, Security> bySymbol =
      Map.of(
          "AAPL", new Security("AAPL", "Apple Inc.", "Equity", "United States", "USD"),
          "VWCE.DE",
              new Security("VWCE.DE", "Vanguard FTSE All-World UCITS ETF", "ETF", "Germany", "EUR"),
          "BRK-B",
              new Security("BRK-B", "Berkshire Hathaway Inc.", "Equity", "United States", "USD"));

  @Override
  public Optional<Security> find(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol.toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<Security> search(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return bySymbol.values().stream()
        .filter(security -> security.name().toLowerCase(Locale.ROOT).contains(lower))
        .toList();
  }
}
