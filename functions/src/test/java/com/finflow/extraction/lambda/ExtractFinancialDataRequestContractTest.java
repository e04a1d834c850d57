package com.finflow.extraction.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.openapi.ApiDocument;
import com.finflow.openapi.RequestContract;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.webhooks.WebhookAddress;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code POST /extract-financial-data}'s parser and the {@code ExtractionRequest} schema agree. */
class ExtractFinancialDataRequestContractTest {

  private static final WebhookAddress PUBLIC_ADDRESSES =
      new WebhookAddress(
          Set.of(),
          host ->
              List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})));
  private static final RequestContract CONTRACT =
      RequestContract.of(
          "ExtractionRequest", body -> ExtractFinancialDataRequest.parse(body, PUBLIC_ADDRESSES));
  private static final RequestContract WITH_WEBHOOK =
      RequestContract.of(
          "AsyncExtractionRequest",
          body -> ExtractFinancialDataRequest.parse(body, PUBLIC_ADDRESSES));

  @Test
  void acceptsTheExamplesOfTheDocument() {
    CONTRACT.acceptsTheExample();
    WITH_WEBHOOK.acceptsTheExample();
  }

  @Test
  void requiresWhatTheDocumentRequires() {
    CONTRACT.requiresExactlyTheRequiredMembers();
  }

  @Test
  void readsEveryDocumentedMemberAndRefusesAnyOther() {
    CONTRACT.readsEveryDocumentedMember();
    CONTRACT.refusesAnUndocumentedMember();
    WITH_WEBHOOK.readsEveryDocumentedMember();
    WITH_WEBHOOK.refusesAnUndocumentedMember();
  }

  @Test
  void aWebhookIsDocumentedOnlyWithAsyncTrue() {
    assertThat(
            ApiDocument.schema("ExtractionRequest").at("/properties/webhook_url").isMissingNode())
        .isTrue();
    assertThat(
            ApiDocument.schema("AsyncExtractionRequest").at("/properties/async/const").asBoolean())
        .isTrue();
    assertThat(ApiDocument.required("AsyncExtractionRequest")).contains("async", "webhook_url");
  }

  @Test
  void theDocumentPublishesThePatternsAndLimitsTheParserApplies() {
    String schema = "ExtractionRequest";
    assertThat(ApiDocument.pattern(schema, "organization_id"))
        .contains("^" + FieldPatterns.TOKEN + "$");
    assertThat(ApiDocument.pattern(schema, "user_document_number"))
        .contains("^" + FieldPatterns.CPF + "$");
    assertThat(ApiDocument.pattern(schema, "name")).contains(BodyFields.NOT_BLANK_PATTERN);
    assertThat(ApiDocument.pattern(schema, "organization_name"))
        .contains(BodyFields.NOT_BLANK_PATTERN);
    assertThat(ApiDocument.maxLength(schema, "name"))
        .isEqualTo(ExtractFinancialDataRequest.MAX_NAME_LENGTH);
    assertThat(ApiDocument.maxLength(schema, "organization_name"))
        .isEqualTo(ExtractFinancialDataRequest.MAX_ORGANIZATION_NAME_LENGTH);
    assertThat(ApiDocument.maxLength(schema, "organization_id"))
        .isEqualTo(ExtractFinancialDataRequest.MAX_ORGANIZATION_ID_LENGTH);
    assertThat(ApiDocument.maxLength(schema, "user_document_number"))
        .isEqualTo(ExtractFinancialDataRequest.MAX_DOCUMENT_LENGTH);
    assertThat(ApiDocument.maxLength("AsyncExtractionRequest", "webhook_url"))
        .isEqualTo(ExtractFinancialDataRequest.MAX_WEBHOOK_URL_LENGTH);
  }
}
