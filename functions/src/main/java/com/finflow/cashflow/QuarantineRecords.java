package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/** Lists what was set aside, by rule and company, a page at a time. */
public interface QuarantineRecords {

  Page list(
      String organizationId,
      Optional<Rule> rule,
      Optional<String> companyId,
      Optional<String> cursor,
      int limit);

  record Page(List<QuarantineEntry> entries, Optional<String> next) {}
}
