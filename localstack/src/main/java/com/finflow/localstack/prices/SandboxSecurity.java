package com.finflow.localstack.prices;

/**
 * A security the sandbox lists, described as Alpha Vantage's symbol search describes one: its
 * symbol (with Alpha Vantage's exchange suffix, such as {@code SAP.DEX}), name, type ({@code
 * Equity} or {@code ETF}), region as Alpha Vantage spells it, trading hours, the UTC offset it
 * states them in, and the ISO currency of its prices.
 */
public record SandboxSecurity(
    String symbol,
    String name,
    String type,
    String region,
    String marketOpen,
    String marketClose,
    String timezone,
    String currency) {}
