package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedRowTest {

  @Test
  void readsAWellFormedRowWithItsInstantInUtc() {
    FeedRow row = new FeedRow("1", "DE89", "FR76", "12.345", "USD", "2024-03-01T00:30:00+01:00");

    Transaction transaction = row.read().orElseThrow();

    assertThat(transaction.amount()).isEqualByComparingTo("12.345");
    assertThat(transaction.timestamp()).isEqualTo(Instant.parse("2024-02-29T23:30:00Z"));
    assertThat(transaction.day()).hasToString("2024-02-29");
  }

  @Test
  void namesEveryMalformedField() {
    FeedRow row = new FeedRow(null, "", "DE 89", "-1", "usd", "2024-03-01T00:30:00");

    assertThat(row.problems())
        .containsOnlyKeys(
            "id", "payer_iban", "beneficiary_iban", "amount", "currency", "timestamp");
    assertThat(row.read()).isEmpty();
    assertThat(new FeedRow("1", "A", "B", "1e3", "EUR", "2024-03-01T00:30:00Z").problems())
        .containsOnlyKeys("amount");
    assertThat(new FeedRow("1", "A", "B", "٣", "EUR", "2024-03-01T00:30:00Z").problems())
        .containsOnlyKeys("amount");
  }

  @Test
  void convertsOnceRoundingHalfEvenToTheCent() {
    assertThat(EurAmount.cents(new BigDecimal("10.125"), BigDecimal.ONE)).isEqualTo(1012);
    assertThat(EurAmount.cents(new BigDecimal("10.135"), BigDecimal.ONE)).isEqualTo(1014);
    assertThat(EurAmount.cents(new BigDecimal("1000"), new BigDecimal("0.0061234"))).isEqualTo(612);
    assertThat(EurAmount.text(-5)).isEqualTo("-0.05");
  }

  @Test
  void anIbanMustStartWithACountryAndInStrictModePassIso13616() {
    assertThat(IbanRules.broken("XX89370400440532013000", false)).contains(Rule.INVALID_IBAN);
    assertThat(IbanRules.broken("de89370400440532013000", false)).contains(Rule.INVALID_IBAN);
    assertThat(IbanRules.broken("DE89370400440532013001", false)).isEmpty();
    assertThat(IbanRules.broken("DE89370400440532013001", true))
        .contains(Rule.INVALID_IBAN_CHECKSUM);
    assertThat(IbanRules.broken("DE89370400440532013000", true)).isEmpty();
  }
}
