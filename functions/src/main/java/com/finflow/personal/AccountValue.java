package com.finflow.personal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an account was worth at the end of a day, in its own currency: at most one per account and
 * day. An investment account's value also says how much of it was cash ({@code cashBalance}); the
 * newest value is the account's current balance.
 */
public record AccountValue(
    String accountId,
    LocalDate date,
    BigDecimal balance,
    Optional<BigDecimal> cashBalance,
    Instant recordedAt) {}
