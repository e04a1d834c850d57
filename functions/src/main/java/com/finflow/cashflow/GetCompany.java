package com.finflow.cashflow;

import com.finflow.shared.Caller;

/** One company of the caller's organization. */
public final class GetCompany {

  private final Companies companies;

  public GetCompany(Companies companies) {
    this.companies = companies;
  }

  public CompanyView get(Caller caller, String companyId) {
    return companies
        .find(caller.organizationId(), companyId)
        .map(CompanyView::of)
        .orElseThrow(NoSuchCompany::new);
  }
}
