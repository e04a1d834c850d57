package com.finflow.cashflow;

import com.finflow.shared.Caller;

/**
 * Switches the organization's strict IBAN mode (admins only). It applies to rows arriving from then
 * on; rows already decided keep their decision.
 */
public final class ChangeSettings {

  private final CashflowSettings settings;

  public ChangeSettings(CashflowSettings settings) {
    this.settings = settings;
  }

  public record Settings(boolean strictIbans) {}

  public Settings change(Caller caller, Settings wanted) {
    caller.requireAdmin();
    settings.strictIbans(caller.organizationId(), wanted.strictIbans());
    return wanted;
  }
}
