package com.finflow.cashflow;

import com.finflow.shared.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A company's balance at an instant: per account its totals and the instant's month (two reads),
 * whatever the history.
 */
public final class GetBalanceAt {

  private final Companies companies;
  private final Aggregates aggregates;

  public GetBalanceAt(Companies companies, Aggregates aggregates) {
    this.companies = companies;
    this.aggregates = aggregates;
  }

  public BalanceAt balanceAt(Caller caller, String companyId, Instant at) {
    String organizationId = caller.organizationId();
    Company company = companies.find(organizationId, companyId).orElseThrow(NoSuchCompany::new);
    Map<String, AccountHistory> histories =
        CompanyAccounts.read(
            aggregates,
            organizationId,
            company,
            company.ibans(),
            Set.of(YearMonth.from(at.atZone(ZoneOffset.UTC))),
            Optional.of(LocalDate.ofInstant(at, ZoneOffset.UTC)));
    long total = 0;
    List<AccountBalance> accounts = new ArrayList<>();
    for (Map.Entry<String, AccountHistory> account : histories.entrySet()) {
      long balance = account.getValue().balanceAt(at);
      total += balance;
      accounts.add(new AccountBalance(account.getKey(), EurAmount.text(balance)));
    }
    return new BalanceAt(company.id(), at.toString(), EurAmount.text(total), accounts);
  }
}
