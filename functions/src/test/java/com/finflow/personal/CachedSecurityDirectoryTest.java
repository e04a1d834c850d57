package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachedSecurityDirectoryTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final SandboxLikeSource source = new SandboxLikeSource();
  private final CachedSecurityDirectory directory =
      new CachedSecurityDirectory(source, new InMemoryPriceCache(), clock);

  @Test
  void aSearchIsAskedOnceADayWhateverItsCaseOrSpacing() {
    assertThat(directory.search("sap")).extracting(Security::symbol).containsExactly("SAP.DEX");
    assertThat(directory.search("  SAP ")).extracting(Security::symbol).containsExactly("SAP.DEX");
    assertThat(source.searches).hasValue(1);

    clock.advance(CachedSecurityDirectory.SEARCH_FRESHNESS.plusSeconds(1));
    directory.search("sap");

    assertThat(source.searches).hasValue(2);
  }

  @Test
  void aSecurityASearchFoundCostsNoSecondCallForAWeek() {
    directory.search("toyota");

    assertThat(directory.find("7203.tyo")).map(Security::currency).contains("JPY");
    assertThat(source.searches).hasValue(1);
    clock.advance(Duration.ofDays(8));
    directory.find("7203.TYO");
    assertThat(source.searches).hasValue(2);
  }

  @Test
  void anUnknownSymbolIsAskedEachTimeAndNeverKept() {
    assertThat(directory.find("NOPE")).isEmpty();
    assertThat(directory.find("NOPE")).isEmpty();
    assertThat(source.searches).hasValue(2);
  }
}
