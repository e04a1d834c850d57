package com.finflow.personal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A validated {@code PATCH} of a holding: its quantity and cost may change, not its account or
 * symbol.
 */
public record HoldingChange(
    Optional<BigDecimal> quantity, Optional<BigDecimal> costBasis, Optional<String> costCurrency) {}
