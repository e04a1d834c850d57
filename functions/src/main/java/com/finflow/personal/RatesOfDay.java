package com.finflow.personal;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * {@code GET /currencies/{code}/rates}: units of every other currency for one unit of {@code base}
 * on {@code date}, from the publication of {@code published} (the same day, or the last before it
 * on weekends and holidays), as plain decimal strings.
 */
public record RatesOfDay(
    String base, LocalDate date, LocalDate published, SortedMap<String, String> rates) {}
