package com.finflow.personal;

import java.time.LocalDate;
import java.util.Optional;

/** {@code GET /me/analytics}: the user's own calendar days {@code from..to}, inclusive. */
public record AnalyticsQuery(
    LocalDate from, LocalDate to, AnalyticsPeriod period, Optional<String> account) {}
