package com.finflow.cashflow;

import java.util.Optional;

/** A validated feed registration: its address is one Finflow may call. */
public record RegisterFeedCommand(
    String feedId, String baseUrl, String kind, Optional<String> apiKey) {}
