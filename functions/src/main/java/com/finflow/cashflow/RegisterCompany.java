package com.finflow.cashflow;

import com.finflow.shared.Caller;

/**
 * Creates or replaces a monitored company of the caller's organization (admins only). Its IBANs are
 * claimed for it; an IBAN of another company, or dropping one of its own, is refused. Transactions
 * count for an account from its registration on: register companies before feeding their
 * transactions.
 */
public final class RegisterCompany {

  private final Companies companies;

  public RegisterCompany(Companies companies) {
    this.companies = companies;
  }

  /** The company as registered, and whether it is new. */
  public record Registered(CompanyView company, boolean created) {}

  public Registered register(Caller caller, RegisterCompanyCommand command) {
    caller.requireAdmin();
    Company company =
        new Company(
            command.companyId(),
            command.name(),
            command.owner(),
            command.ibans(),
            command.openingBalances());
    return switch (companies.register(caller.organizationId(), company)) {
      case Companies.Registration.Created created -> new Registered(CompanyView.of(company), true);
      case Companies.Registration.Replaced replaced ->
          new Registered(CompanyView.of(company), false);
      case Companies.Registration.IbanTaken taken ->
          throw new IbanOfAnotherCompany(taken.iban(), taken.companyId());
      case Companies.Registration.IbanDropped dropped ->
          throw new IbanStillMonitored(dropped.iban());
    };
  }
}
