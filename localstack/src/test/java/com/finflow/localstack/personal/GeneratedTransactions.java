package com.finflow.localstack.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Bodies of {@code POST /me/transactions} drawn from a seed: EUR, USD or JPY, a credit or a debit,
 * two accounts, six categories, an instant within the given days and an offset anywhere from −12:00
 * to +12:00.
 */
public final class GeneratedTransactions {

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY");
  private static final List<String> CATEGORIES =
      List.of("rent", "food", "salary", "travel", "health", "fun");
  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private GeneratedTransactions() {}

  public static String next(Random random, LocalDate first, int days) {
    String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    long minor = 1 + random.nextInt(50_000);
    String amount =
        currency.equals("JPY")
            ? Long.toString(minor)
            : BigDecimal.valueOf(minor, 2).toPlainString();
    String occurredAt =
        OffsetDateTime.of(first.atStartOfDay(), ZoneOffset.UTC)
            .plusMinutes(random.nextInt(days * 24 * 60))
            .withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(25) - 12))
            .format(WITH_OFFSET);
    return "{\"account_id\":\""
        + (random.nextInt(3) == 0 ? "savings" : "checking")
        + "\",\"amount\":\""
        + amount
        + "\",\"direction\":\""
        + (random.nextBoolean() ? "credit" : "debit")
        + "\",\"currency\":\""
        + currency
        + "\",\"category\":\""
        + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
        + "\",\"occurred_at\":\""
        + occurredAt
        + "\"}";
  }
}
