package com.finflow.personal;

import com.finflow.shared.failure.NotFound;
import java.time.LocalDate;

/** No reference rate for the currency was published on or before the day asked for. */
public final class NoRatesForDate extends NotFound {

  public NoRatesForDate(String code, LocalDate date) {
    super("no reference rate of " + code + " was published on or before " + date);
  }
}
