package com.finflow.cashflow;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/** An IBAN already belongs to another company of the organization. */
public final class IbanOfAnotherCompany extends Conflict {

  public IbanOfAnotherCompany(String iban, String companyId) {
    super(
        "iban-of-another-company",
        "the IBAN " + iban + " belongs to the company " + companyId,
        Map.of("iban", iban, "company_id", companyId));
  }
}
