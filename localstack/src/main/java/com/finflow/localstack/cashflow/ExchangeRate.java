package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One line of {@code rates.jsonl}: a rate in force from {@code validFrom}, or for all dates. */
record ExchangeRate(
    String currency, BigDecimal eurRate, BigDecimal usdRate, Optional<LocalDate> validFrom) {}
