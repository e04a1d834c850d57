package com.finflow.personal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The euro reference rates Finflow has kept, one entry per publication day. */
public interface ReferenceRates {

  /** The last publication on or before {@code day}: a weekend or holiday gets the day before's. */
  Optional<DailyRates> latestOnOrBefore(LocalDate day);

  /**
   * A month's publications and the last one before it, for a caller that looks up many days: one
   * read per month instead of one per day.
   */
  RatesOfMonth month(YearMonth month);

  /** The day of the newest publication kept. */
  Optional<LocalDate> newest();

  /** Keeps these publications; one already kept for its day is replaced by the same content. */
  void saveAll(List<DailyRates> publications);
}
