package com.finflow.personal;

import java.time.ZoneId;
import java.util.Optional;

/** A validated {@code PATCH} of a profile: only the members given change. */
public record ProfileChange(Optional<String> primaryCurrency, Optional<ZoneId> timeZone) {}
