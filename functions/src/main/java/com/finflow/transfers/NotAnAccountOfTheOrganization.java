package com.finflow.transfers;

import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.Currency;
import java.util.List;

/**
 * The account to debit does not exist, belongs to another organization or holds another currency.
 */
public final class NotAnAccountOfTheOrganization extends InvalidInput {

  public NotAnAccountOfTheOrganization(Currency currency) {
    super(
        List.of(
            new FieldError(
                "/organization_iban",
                "is not an " + currency.getCurrencyCode() + " account of your organization")));
  }
}
