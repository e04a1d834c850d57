package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.openapi.ApiDocument;
import com.finflow.openapi.DocumentedRequestsContract;
import com.finflow.openapi.RequestContract;
import com.finflow.personal.Currencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The book's parsers and their schemas in the API document agree. */
class BookRequestContractTest extends DocumentedRequestsContract {

  private static final List<RequestContract> CONTRACTS =
      List.of(
          RequestContract.of("NewInstitution", CreateInstitutionRequest::parse),
          RequestContract.of("InstitutionChange", ChangeInstitutionRequest::parse),
          RequestContract.of("NewPersonalAccount", CreatePersonalAccountRequest::parse),
          RequestContract.of("PersonalAccountChange", ChangePersonalAccountRequest::parse),
          RequestContract.of("AccountValueInput", RecordAccountValueRequest::parse),
          RequestContract.of("NewHolding", CreateHoldingRequest::parse),
          RequestContract.of("HoldingChange", ChangeHoldingRequest::parse));

  @Override
  protected List<RequestContract> contracts() {
    return CONTRACTS;
  }

  @Test
  void theDocumentPublishesTheLimitsAndCurrenciesTheParsersApply() {
    assertThat(ApiDocument.maxLength("NewInstitution", "name"))
        .isEqualTo(BookMembers.MAX_NAME_LENGTH);
    assertThat(ApiDocument.maxLength("NewInstitution", "bic"))
        .isEqualTo(BookMembers.MAX_BIC_LENGTH);
    assertThat(ApiDocument.maxLength("AccountValueInput", "balance"))
        .isEqualTo(BookMembers.MAX_BALANCE_LENGTH);
    assertThat(ApiDocument.maxLength("NewHolding", "quantity"))
        .isEqualTo(BookMembers.MAX_QUANTITY_LENGTH);
    assertThat(ApiDocument.maxLength("NewHolding", "cost_basis"))
        .isEqualTo(BookMembers.MAX_COST_LENGTH);
    assertThat(ApiDocument.maxLength("NewHolding", "symbol"))
        .isEqualTo(BookMembers.MAX_SYMBOL_LENGTH);
    for (String[] member :
        List.of(
            new String[] {"NewPersonalAccount", "currency"},
            new String[] {"NewHolding", "cost_currency"},
            new String[] {"HoldingChange", "cost_currency"})) {
      List<String> listed = new ArrayList<>();
      ApiDocument.schema(member[0])
          .at("/properties/" + member[1] + "/enum")
          .forEach(code -> listed.add(code.asText()));
      assertThat(listed).as(member[0]).containsExactlyElementsOf(Currencies.CODES);
    }
  }
}
