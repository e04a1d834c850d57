package com.finflow.personal;

/**
 * A listed security as a price source describes it: its ticker symbol, its name, its type (such as
 * {@code Equity} or {@code ETF}), where it trades and the currency its prices are in.
 */
public record Security(String symbol, String name, String type, String region, String currency) {}
