package com.finflow.localstack.cashflow.fold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One unit of {@code currency} is worth {@code eurRate} EUR from {@code validFrom} (or always). */
public record RateEntry(String currency, BigDecimal eurRate, Optional<LocalDate> validFrom) {}
