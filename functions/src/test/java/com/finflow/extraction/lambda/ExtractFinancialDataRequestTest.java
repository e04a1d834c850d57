package com.finflow.extraction.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.ExtractionCommand;
import com.finflow.shared.Json;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.Lookalikes;
import com.finflow.webhooks.WebhookAddress;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractFinancialDataRequestTest {

  private static final WebhookAddress PUBLIC_ADDRESSES =
      new WebhookAddress(
          Set.of(),
          host ->
              List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})));

  @Test
  void readsAValidRequestIntoACommand() throws Exception {
    ExtractionCommand command =
        parse(
            """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "529.982.247-25", "async": true, "webhook_url": "https://hooks.example.com/x"}""");

    assertThat(command)
        .isEqualTo(
            new ExtractionCommand(
                "My App",
                "My Organization",
                "123",
                Cpf.parse("52998224725").orElseThrow(),
                true,
                Optional.of(URI.create("https://hooks.example.com/x"))));
  }

  @Test
  void aRequestWithoutAsyncIsSynchronous() throws Exception {
    ExtractionCommand command =
        parse(
            """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725"}""");

    assertThat(command.async()).isFalse();
    assertThat(command.webhookUrl()).isEmpty();
    assertThat(command.strict()).isFalse();
    assertThat(command.full()).isFalse();
  }

  @Test
  void readsStrictAndFull() throws Exception {
    ExtractionCommand command =
        parse(
            """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "strict": true, "full": true}""");

    assertThat(command.strict()).isTrue();
    assertThat(command.full()).isTrue();
  }

  @Test
  void strictAndFullAreBooleans() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "strict": "yes", "full": 1}"""));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/strict", "must be true or false"),
            new FieldError("/full", "must be true or false"));
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() throws Exception {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"organization_name": 7, "organization_id": " ", "user_document_number": "52998224724",
         "async": "yes", "webhook_url": "hooks"}"""));

    assertThat(invalid.fieldErrors())
        .containsExactlyInAnyOrder(
            new FieldError("/name", "is required"),
            new FieldError("/organization_name", "must be a string"),
            new FieldError("/organization_id", "must not be blank"),
            new FieldError(
                "/user_document_number", "is not a valid CPF (11 digits with valid check digits)"),
            new FieldError("/async", "must be true or false"),
            new FieldError("/webhook_url", "must be an absolute URL"));
  }

  @Test
  void refusesAMemberThatIsNotPartOfTheRequestNamingIt() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "async": true, "webhook_ulr": "https://x.example"}"""));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/webhook_ulr", "is not a known field"));
  }

  @Test
  void refusesAnOrganizationIdOrCpfOutsideTheirPublishedPatterns() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "../etc",
         "user_document_number": "529/982/247-25"}"""));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactly("/organization_id", "/user_document_number");
  }

  @Test
  void aWebhookIsOnlyForAnAsynchronousExtraction() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "webhook_url": "https://hooks.example.com/x"}"""));

    assertThat(invalid.fieldErrors())
        .containsExactly(new FieldError("/webhook_url", "is only used with \"async\": true"));
  }

  @Test
  void refusesAWebhookThatIsNotAUrlOrTooLong() {
    InvalidInput notAUrl =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "async": true, "webhook_url": "https://hooks example"}"""));
    InvalidInput tooLong =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "52998224725", "async": true, "webhook_url": "https://hooks.example.com/%s"}"""
                        .formatted("x".repeat(2048))));

    assertThat(notAUrl.fieldErrors())
        .containsExactly(new FieldError("/webhook_url", "is not a URL"));
    assertThat(tooLong.fieldErrors())
        .containsExactly(new FieldError("/webhook_url", "must be at most 2048 characters"));
  }

  @ParameterizedTest(name = "{0} in the CPF")
  @MethodSource("cpfLookalikes")
  void refusesACpfThatIsNotAsciiDigits(String kind, String cpf) {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "123",
         "user_document_number": "%s"}"""
                        .formatted(cpf)));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactly("/user_document_number");
  }

  @ParameterizedTest(name = "{0} in the organization id")
  @MethodSource("organizationIdLookalikes")
  void refusesAnOrganizationIdThatIsNotAscii(String kind, String organizationId) {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                parse(
                    """
        {"name": "My App", "organization_name": "My Organization", "organization_id": "%s",
         "user_document_number": "52998224725"}"""
                        .formatted(organizationId)));

    assertThat(invalid.fieldErrors())
        .containsExactly(
            new FieldError(
                "/organization_id",
                "must be ASCII letters, digits and . _ : -, starting with a letter or digit"));
  }

  static Stream<Arguments> cpfLookalikes() {
    return Stream.concat(Lookalikes.of("52998224725"), Lookalikes.of("529.982.247-25"));
  }

  static Stream<Arguments> organizationIdLookalikes() {
    return Lookalikes.of("acme-payroll-123");
  }

  private static ExtractionCommand parse(String body) throws Exception {
    JsonNode json = Json.MAPPER.readTree(body);
    return ExtractFinancialDataRequest.parse(json, PUBLIC_ADDRESSES);
  }
}
