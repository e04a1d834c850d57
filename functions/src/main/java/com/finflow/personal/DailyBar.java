package com.finflow.personal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One trading day of a security: open, high, low and close prices, and the volume traded. */
public record DailyBar(
    LocalDate date,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    long volume) {}
