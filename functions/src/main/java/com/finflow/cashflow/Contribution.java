package com.finflow.cashflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What one counted transaction adds to the aggregates, kept so that it can be withdrawn exactly
 * when the row later turns out to be part of a batch payment.
 *
 * @param eurCents the amount converted once, both sides count it
 * @param payerCompany the company of the payer's account, when it is monitored
 */
public record Contribution(
    long eurCents,
    Instant at,
    String currency,
    String payerIban,
    String beneficiaryIban,
    Optional<String> payerCompany,
    Optional<String> beneficiaryCompany) {

  /** Adds ({@code sign} 1) or withdraws ({@code sign} -1) this contribution. */
  public void addTo(Deltas deltas, int sign) {
    long cents = sign * eurCents;
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    YearMonth month = YearMonth.from(day);
    boolean sameCompany = payerCompany.isPresent() && payerCompany.equals(beneficiaryCompany);
    boolean sameAccount = sameCompany && payerIban.equals(beneficiaryIban);
    if (payerCompany.isPresent()) {
      side(deltas, payerIban, month, sign, -cents);
      deltas.add(new AggregateKey.Totals(payerIban), FigureNames.monthOut(month), cents);
      deltas.add(new AggregateKey.Month(payerIban, month), FigureNames.dayOut(day), cents);
      if (!sameCompany) {
        String country = IbanRules.countryOf(beneficiaryIban);
        deltas.add(new AggregateKey.Totals(payerIban), FigureNames.countryCount(country), sign);
        deltas.add(new AggregateKey.Totals(payerIban), FigureNames.countryOut(country), cents);
      }
    }
    if (beneficiaryCompany.isPresent()) {
      AggregateKey.Totals totals = new AggregateKey.Totals(beneficiaryIban);
      AggregateKey.Month monthKey = new AggregateKey.Month(beneficiaryIban, month);
      if (sameAccount) {
        deltas.add(monthKey, FigureNames.momentNet(at), cents);
      } else {
        side(deltas, beneficiaryIban, month, sign, cents);
      }
      deltas.add(totals, FigureNames.monthIn(month), cents);
      deltas.add(monthKey, FigureNames.dayIn(day), cents);
      if (sameCompany) {
        deltas.add(totals, FigureNames.monthInside(month), cents);
        deltas.add(monthKey, FigureNames.dayInside(day), cents);
      }
      if (sameCompany && !sameAccount) {
        deltas.add(totals, FigureNames.COUNTED_INSIDE, sign);
      }
      if (!sameCompany) {
        String country = IbanRules.countryOf(payerIban);
        deltas.add(totals, FigureNames.countryCount(country), sign);
        deltas.add(totals, FigureNames.countryIn(country), cents);
      }
    }
    if (!RateBook.EUR.equals(currency)) {
      deltas.add(new AggregateKey.RateUsage(currency), FigureNames.usageOn(day), sign);
    }
  }

  private void side(Deltas deltas, String iban, YearMonth month, int sign, long net) {
    AggregateKey.Totals totals = new AggregateKey.Totals(iban);
    deltas.add(totals, FigureNames.COUNTED, sign);
    deltas.add(totals, FigureNames.monthCount(month), sign);
    AggregateKey.Month monthKey = new AggregateKey.Month(iban, month);
    deltas.add(monthKey, FigureNames.momentCount(at), sign);
    deltas.add(monthKey, FigureNames.momentNet(at), net);
  }
}
