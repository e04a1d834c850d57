package com.finflow.localstack.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trading day of a sandbox security: prices with four decimals, as Alpha Vantage writes them,
 * and the volume traded.
 */
public record SandboxBar(
    LocalDate date,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    long volume) {}
