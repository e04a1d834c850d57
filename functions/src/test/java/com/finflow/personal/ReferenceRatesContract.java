package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ReferenceRates} does, in memory or in DynamoDB. */
public abstract class ReferenceRatesContract {

  protected abstract ReferenceRates rates();

  private static final LocalDate FRIDAY = LocalDate.of(2016, 12, 23);
  private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 27);

  @Test
  void aWeekendOrHolidayGetsTheLastPublicationBeforeIt() {
    ReferenceRates rates = rates();
    rates.saveAll(List.of(day(FRIDAY, "1.0436", "122.51"), day(TUESDAY, "1.0446", "122.58")));

    // Saturday 24 to Monday 26 December 2016: no publication (weekend, then a TARGET holiday).
    for (LocalDate day = FRIDAY; day.isBefore(TUESDAY); day = day.plusDays(1)) {
      assertThat(rates.latestOnOrBefore(day).orElseThrow().published())
          .as(day.toString())
          .isEqualTo(FRIDAY);
    }
    assertThat(rates.latestOnOrBefore(TUESDAY).orElseThrow().perEuro())
        .containsEntry("USD", new BigDecimal("1.0446"))
        .containsEntry("JPY", new BigDecimal("122.58"));
    assertThat(rates.latestOnOrBefore(FRIDAY.minusDays(1))).isEmpty();
    assertThat(rates.newest()).contains(TUESDAY);
  }

  @Test
  void ratesComeBackWithTheScaleTheyWerePublishedWith() {
    ReferenceRates rates = rates();
    rates.saveAll(List.of(day(FRIDAY, "1.0400", "122.5")));

    assertThat(rates.latestOnOrBefore(FRIDAY).orElseThrow().perEuro().get("USD").toPlainString())
        .isEqualTo("1.0400");
  }

  @Test
  void savingADayAgainKeepsOneEntryAndManyDaysAreAllKept() {
    ReferenceRates rates = rates();
    List<DailyRates> year = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() == 2020; day = day.plusDays(1)) {
      year.add(day(day, "1." + day.getDayOfYear(), "120"));
    }
    rates.saveAll(year);
    rates.saveAll(year.subList(0, 30));

    assertThat(rates.newest()).contains(LocalDate.of(2020, 12, 31));
    assertThat(rates.latestOnOrBefore(LocalDate.of(2020, 7, 1)).orElseThrow().perEuro().get("USD"))
        .isEqualTo(new BigDecimal("1.183"));
    assertThat(rates.latestOnOrBefore(LocalDate.of(2031, 1, 1)).orElseThrow().published())
        .isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @Test
  void theLastPublicationBeforeADayMayBeInAnEarlierMonthWithMonthsBetweenWithoutAny() {
    ReferenceRates rates = rates();
    rates.saveAll(
        List.of(
            day(LocalDate.of(2019, 11, 29), "1.1", "120"),
            day(LocalDate.of(2020, 2, 3), "1.2", "121")));

    assertThat(rates.latestOnOrBefore(LocalDate.of(2020, 2, 1)).orElseThrow().published())
        .isEqualTo(LocalDate.of(2019, 11, 29));
    assertThat(rates.latestOnOrBefore(LocalDate.of(2019, 12, 31)).orElseThrow().published())
        .isEqualTo(LocalDate.of(2019, 11, 29));
    assertThat(rates.latestOnOrBefore(LocalDate.of(2020, 2, 3)).orElseThrow().perEuro())
        .containsEntry("USD", new BigDecimal("1.2"));
  }

  @Test
  void aLaterRunAddsDaysToAMonthAlreadyKeptAndKeepsItsEarlierDays() {
    ReferenceRates rates = rates();
    rates.saveAll(List.of(day(LocalDate.of(2024, 5, 2), "1.07", "166")));
    rates.saveAll(List.of(day(LocalDate.of(2024, 5, 3), "1.08", "167")));

    assertThat(rates.newest()).contains(LocalDate.of(2024, 5, 3));
    assertThat(rates.latestOnOrBefore(LocalDate.of(2024, 5, 2)).orElseThrow().perEuro())
        .containsEntry("USD", new BigDecimal("1.07"));
  }

  @Test
  void aMonthHoldsItsPublicationsAndTheLastOneBeforeItAndAgreesWithTheDayLookup() {
    ReferenceRates rates = rates();
    rates.saveAll(
        List.of(
            day(LocalDate.of(2019, 11, 29), "1.1", "120"),
            day(LocalDate.of(2020, 2, 3), "1.2", "121"),
            day(LocalDate.of(2020, 2, 10), "1.3", "122"),
            day(LocalDate.of(2020, 3, 2), "1.4", "123")));

    assertThat(rates.month(YearMonth.of(2020, 2)).publications().keySet())
        .containsExactly(
            LocalDate.of(2019, 11, 29), LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 10));
    assertThat(rates.month(YearMonth.of(2020, 1)).publications().keySet())
        .containsExactly(LocalDate.of(2019, 11, 29));
    assertThat(rates.month(YearMonth.of(2019, 10)).publications()).isEmpty();
    for (LocalDate day = LocalDate.of(2019, 12, 25);
        day.isBefore(LocalDate.of(2020, 3, 10));
        day = day.plusDays(1)) {
      assertThat(rates.month(YearMonth.from(day)).latestOnOrBefore(day))
          .as(day.toString())
          .isEqualTo(rates.latestOnOrBefore(day));
    }
    assertThat(rates.month(YearMonth.of(2020, 2)).latestOnOrBefore(LocalDate.of(2020, 2, 29)))
        .hasValueSatisfying(
            last -> assertThat(last.perEuro()).containsEntry("USD", new BigDecimal("1.3")));
  }

  static DailyRates day(LocalDate published, String usd, String jpy) {
    return DailyRates.of(published, Map.of("USD", new BigDecimal(usd), "JPY", new BigDecimal(jpy)));
  }
}
