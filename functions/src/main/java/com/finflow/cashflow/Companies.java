package com.finflow.cashflow;

import java.util.List;
import java.util.Optional;

/** The monitored companies of each organization and the IBANs they own. */
public interface Companies {

  /**
   * Creates or replaces the company, claiming its IBANs for it atomically: nothing is written when
   * an IBAN belongs to another company of the organization, or when an IBAN would be dropped.
   */
  Registration register(String organizationId, Company company);

  Optional<Company> find(String organizationId, String companyId);

  /** Companies by id, {@code limit} at a time, after the cursor of the previous page. */
  Page list(String organizationId, Optional<String> cursor, int limit);

  /** Every monitored IBAN of the organization and its company. */
  Directory directory(String organizationId);

  /** How {@link #register} ended. */
  sealed interface Registration {
    record Created() implements Registration {}

    record Replaced() implements Registration {}

    record IbanTaken(String iban, String companyId) implements Registration {}

    record IbanDropped(String iban) implements Registration {}
  }

  record Page(List<Company> companies, Optional<String> next) {}
}
