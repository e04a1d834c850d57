package com.finflow.accounts.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.openapi.ApiDocument;
import com.finflow.openapi.RequestContract;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.http.FieldPatterns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /accounts}' parser and the {@code NewAccount} schema of the API document agree. */
class OpenAccountRequestContractTest {

  private static final RequestContract CONTRACT =
      RequestContract.of("NewAccount", OpenAccountRequest::parse);

  @Test
  void acceptsTheExampleOfTheDocument() {
    CONTRACT.acceptsTheExample();
  }

  @Test
  void requiresWhatTheDocumentRequires() {
    CONTRACT.requiresExactlyTheRequiredMembers();
  }

  @Test
  void readsEveryDocumentedMemberAndRefusesAnyOther() {
    CONTRACT.readsEveryDocumentedMember();
    CONTRACT.refusesAnUndocumentedMember();
  }

  @Test
  void theDocumentPublishesThePatternsAndLimitsTheParserApplies() {
    assertThat(ApiDocument.pattern("NewAccount", "iban")).contains("^" + FieldPatterns.IBAN + "$");
    assertThat(ApiDocument.pattern("NewAccount", "bic")).contains("^" + FieldPatterns.BIC + "$");
    assertThat(ApiDocument.pattern("NewAccount", "initial_balance"))
        .contains("^" + FieldPatterns.BALANCE + "$");
    assertThat(ApiDocument.maxLength("NewAccount", "iban"))
        .isEqualTo(OpenAccountRequest.MAX_IBAN_LENGTH);
    assertThat(ApiDocument.maxLength("NewAccount", "bic"))
        .isEqualTo(OpenAccountRequest.MAX_BIC_LENGTH);
    assertThat(ApiDocument.maxLength("NewAccount", "initial_balance"))
        .isEqualTo(OpenAccountRequest.MAX_BALANCE_LENGTH);
  }

  @Test
  void theDocumentListsExactlyTheCurrenciesAccountsAreOpenedIn() {
    List<String> listed = new ArrayList<>();
    ApiDocument.schema("NewAccount")
        .at("/properties/currency/enum")
        .forEach(code -> listed.add(code.asText()));

    assertThat(listed).containsExactlyElementsOf(AccountCurrencies.CODES);
  }

  @Test
  void thePathParameterOfGetAccountIsAValidIbanInThePublishedShape() {
    String example =
        ApiDocument.root().at("/paths/~1accounts~1{iban}/get/parameters/1/example").asText();

    assertThat(example).matches(FieldPatterns.IBAN);
    assertThat(BankIdentifiers.ibanProblem(BankIdentifiers.normalize(example))).isEmpty();
  }
}
