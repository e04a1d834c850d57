package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.util.Optional;

/** Quarantined rows of the caller's organization, by rule and company, a page at a time. */
public final class ListQuarantine {

  public static final int PAGE_SIZE = 100;

  private final QuarantineRecords records;
  private final Companies companies;

  public ListQuarantine(QuarantineRecords records, Companies companies) {
    this.records = records;
    this.companies = companies;
  }

  public QuarantineRecords.Page list(
      Caller caller, Optional<Rule> rule, Optional<String> companyId, Optional<String> cursor) {
    String organizationId = caller.organizationId();
    if (companyId.isPresent() && companies.find(organizationId, companyId.get()).isEmpty()) {
      throw new NoSuchCompany();
    }
    return records.list(organizationId, rule, companyId, cursor, PAGE_SIZE);
  }
}
