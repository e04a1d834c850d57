package com.finflow.personal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.openapi.ApiDocument;
import com.finflow.openapi.DocumentedRequestsContract;
import com.finflow.openapi.RequestContract;
import com.finflow.personal.Currencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The personal-finance parsers and their schemas in the API document agree. */
class PersonalRequestContractTest extends DocumentedRequestsContract {

  private static final List<RequestContract> CONTRACTS =
      List.of(
          RequestContract.of("NewTransaction", RecordTransactionRequest::parse),
          RequestContract.of("TransactionChange", ChangeTransactionRequest::parse),
          RequestContract.of("ProfileChange", UpdateProfileRequest::parse));

  @Override
  protected List<RequestContract> contracts() {
    return CONTRACTS;
  }

  @Test
  void theDocumentPublishesTheLimitsAndCurrenciesTheParsersApply() {
    assertThat(ApiDocument.maxLength("NewTransaction", "account_id"))
        .isEqualTo(TransactionMembers.MAX_ACCOUNT_ID_LENGTH);
    assertThat(ApiDocument.maxLength("NewTransaction", "amount"))
        .isEqualTo(TransactionMembers.MAX_AMOUNT_LENGTH);
    assertThat(ApiDocument.maxLength("NewTransaction", "category"))
        .isEqualTo(TransactionMembers.MAX_CATEGORY_LENGTH);
    assertThat(ApiDocument.maxLength("NewTransaction", "description"))
        .isEqualTo(TransactionMembers.MAX_DESCRIPTION_LENGTH);
    assertThat(ApiDocument.maxLength("ProfileChange", "time_zone"))
        .isEqualTo(UpdateProfileRequest.MAX_TIME_ZONE_LENGTH);
    for (String schema : List.of("NewTransaction", "TransactionChange")) {
      List<String> listed = new ArrayList<>();
      ApiDocument.schema(schema)
          .at("/properties/currency/enum")
          .forEach(code -> listed.add(code.asText()));
      assertThat(listed).as(schema).containsExactlyElementsOf(Currencies.CODES);
    }
  }
}
