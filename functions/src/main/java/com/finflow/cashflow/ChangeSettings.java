package com.finflow.cashflow;

import com.finflow.shared.Caller;

/**
 * Changes the organization's cashflow settings (admins only): the strict IBAN mode, which applies
 * to rows arriving from then on (rows already decided keep their decision), and the interest rates,
 * which apply to every interest answer from then on.
 */
public final class ChangeSettings {

  private final CashflowSettings settings;

  public ChangeSettings(CashflowSettings settings) {
    this.settings = settings;
  }

  /** Every setting as it stands after the change; rates as decimal fractions a year. */
  public record Settings(boolean strictIbans, String creditRate, String debitRate) {}

  public Settings change(Caller caller, CashflowSettings.Change change) {
    caller.requireAdmin();
    String organizationId = caller.organizationId();
    settings.change(organizationId, change);
    InterestRates rates = settings.interestRates(organizationId);
    return new Settings(
        settings.strictIbans(organizationId),
        rates.credit().toPlainString(),
        rates.debit().toPlainString());
  }
}
