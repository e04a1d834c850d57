package com.finflow.cashflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An upstream of a few pages per source, which fails the next requests as a test asks: each entry
 * of {@code failures} is consumed by one request.
 */
final class FakeUpstream implements FeedUpstream {

  final List<FeedUpstream.Failure> failures = new ArrayList<>();
  final List<String> requests = new ArrayList<>();
  private final Map<Source, List<List<FeedRow>>> pages;

  FakeUpstream(Map<Source, List<List<FeedRow>>> pages) {
    this.pages = pages;
  }

  @Override
  public List<RegisterCompanyCommand> companies(Feed feed) {
    request("company_info");
    return List.of(
        new RegisterCompanyCommand(
            "acme",
            "ACME",
            "Jane",
            List.of(CashflowContract.DE_A),
            Map.of(CashflowContract.DE_A, 100_00L)),
        new RegisterCompanyCommand(
            "bravo", "Bravo", "Joe", List.of(CashflowContract.ES_B), Map.of()));
  }

  @Override
  public List<ExchangeRate> rates(Feed feed) {
    request("exchange_rates");
    return List.of(
        new ExchangeRate("USD", new BigDecimal("0.9"), BigDecimal.ONE, Optional.empty()));
  }

  @Override
  public FeedPage page(Feed feed, Source source, Optional<String> cursor) {
    request(source + "@" + cursor.orElse("start"));
    List<List<FeedRow>> ofSource = pages.get(source);
    int index = cursor.map(Integer::parseInt).orElse(0);
    return new FeedPage(
        ofSource.get(index),
        index + 1 < ofSource.size() ? Optional.of(String.valueOf(index + 1)) : Optional.empty());
  }

  private void request(String what) {
    requests.add(what);
    if (!failures.isEmpty()) {
      throw failures.removeFirst();
    }
  }
}
