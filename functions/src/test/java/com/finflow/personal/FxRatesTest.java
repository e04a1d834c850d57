package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.failure.UpstreamFailed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxRatesTest {

  private static final LocalDate HISTORY_FROM = LocalDate.of(2016, 12, 1);
  private final InMemoryReferenceRates kept = new InMemoryReferenceRates();
  private final List<LocalDate> asked = new ArrayList<>();
  private final List<DailyRates> published =
      new ArrayList<>(
          List.of(
              ReferenceRatesContract.day(LocalDate.of(2016, 12, 22), "1.0439", "122.51"),
              ReferenceRatesContract.day(LocalDate.of(2016, 12, 23), "1.0436", "122.51"),
              ReferenceRatesContract.day(LocalDate.of(2016, 12, 27), "1.0446", "122.58")));
  private final FxSource source =
      since -> {
        asked.add(since);
        return List.copyOf(published);
      };

  @Test
  void theFirstRefreshKeepsTheHistoryAndTheNextOnlyWhatWasPublishedSince() {
    RefreshRates refresh = new RefreshRates(source, kept, HISTORY_FROM);

    assertThat(refresh.refresh().kept()).isEqualTo(3);
    published.add(ReferenceRatesContract.day(LocalDate.of(2016, 12, 28), "1.0401", "122.52"));
    RefreshRates.Outcome second = refresh.refresh();

    assertThat(asked).containsExactly(HISTORY_FROM, LocalDate.of(2016, 12, 28));
    assertThat(second.kept()).isEqualTo(1);
    assertThat(second.newest()).contains(LocalDate.of(2016, 12, 28));
    assertThat(refresh.refresh().kept()).isZero();
  }

  @Test
  void aFailingSourceKeepsNothingAndTheNextRefreshCatchesUp() {
    RefreshRates failing =
        new RefreshRates(
            since -> {
              throw new UpstreamFailed("the ECB answered 503");
            },
            kept,
            HISTORY_FROM);

    assertThatThrownBy(failing::refresh).isInstanceOf(UpstreamFailed.class);
    assertThat(kept.newest()).isEmpty();
    assertThat(new RefreshRates(source, kept, HISTORY_FROM).refresh().kept()).isEqualTo(3);
  }

  @Test
  void ratesOnAHolidayAreTheLastPublishedBeforeItForEveryPair() {
    new RefreshRates(source, kept, HISTORY_FROM).refresh();
    GetRates rates = new GetRates(kept);

    RatesOfDay boxingDay = rates.on(Currencies.of("USD").orElseThrow(), LocalDate.of(2016, 12, 26));

    assertThat(boxingDay.published()).isEqualTo(LocalDate.of(2016, 12, 23));
    assertThat(boxingDay.date()).isEqualTo(LocalDate.of(2016, 12, 26));
    assertThat(boxingDay.rates())
        .containsEntry("EUR", "0.9582215408")
        .containsEntry("JPY", "117.391721");
    assertThat(rates.on(Currencies.of("EUR").orElseThrow(), LocalDate.of(2016, 12, 26)).rates())
        .containsEntry("USD", "1.0436");
  }

  @Test
  void aDayBeforeAnyPublicationOrACurrencyNotPublishedHasNoRates() {
    new RefreshRates(source, kept, HISTORY_FROM).refresh();
    GetRates rates = new GetRates(kept);

    assertThatThrownBy(
            () -> rates.on(Currencies.of("USD").orElseThrow(), LocalDate.of(2016, 12, 21)))
        .isInstanceOf(NoRatesForDate.class);
    assertThatThrownBy(
            () -> rates.on(Currencies.of("CHF").orElseThrow(), LocalDate.of(2016, 12, 27)))
        .isInstanceOf(NoRatesForDate.class);
  }
}
