package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.util.List;
import java.util.Optional;

/** The companies of the caller's organization by id, a page at a time. */
public final class ListCompanies {

  public static final int PAGE_SIZE = 100;

  private final Companies companies;

  public ListCompanies(Companies companies) {
    this.companies = companies;
  }

  /** A page, and the cursor of the next one when there is more. */
  public record CompanyPage(List<CompanyView> companies, Optional<String> nextCursor) {}

  public CompanyPage list(Caller caller, Optional<String> cursor) {
    Companies.Page page = companies.list(caller.organizationId(), cursor, PAGE_SIZE);
    return new CompanyPage(page.companies().stream().map(CompanyView::of).toList(), page.next());
  }
}
