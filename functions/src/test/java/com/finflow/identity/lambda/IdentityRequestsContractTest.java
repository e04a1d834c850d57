package com.finflow.identity.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.identity.PasswordPolicy;
import com.finflow.openapi.ApiDocument;
import com.finflow.openapi.RequestContract;
import com.finflow.shared.http.BodyFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity routes' parsers and their schemas in the API document agree. */
class IdentityRequestsContractTest {

  private static final PasswordPolicy POLICY = new PasswordPolicy();

  private static final List<RequestContract> CONTRACTS =
      List.of(
          RequestContract.of("Registration", body -> new RegisterRequest(POLICY).parse(body)),
          RequestContract.of("Credentials", body -> LoginRequest.parse(body, "198.51.100.7")),
          RequestContract.of("RefreshRequest", RefreshTokenRequest::parse),
          RequestContract.of("NewMember", body -> new AddMemberRequest(POLICY).parse(body)));

  @Test
  void everyExampleOfTheDocumentIsAccepted() {
    CONTRACTS.forEach(RequestContract::acceptsTheExample);
  }

  @Test
  void theRequiredMembersAreTheOnesTheParsersRequire() {
    CONTRACTS.forEach(RequestContract::requiresExactlyTheRequiredMembers);
  }

  @Test
  void everyDocumentedMemberIsReadAndNoOtherIsAccepted() {
    CONTRACTS.forEach(
        contract -> {
          contract.readsEveryDocumentedMember();
          contract.refusesAnUndocumentedMember();
        });
  }

  @Test
  void theDocumentPublishesTheLimitsAndPatternsTheParsersApply() {
    assertThat(ApiDocument.maxLength("Registration", "email"))
        .isEqualTo(NewUserFields.MAX_EMAIL_LENGTH);
    assertThat(ApiDocument.maxLength("NewMember", "email"))
        .isEqualTo(NewUserFields.MAX_EMAIL_LENGTH);
    assertThat(ApiDocument.maxLength("Registration", "organization_name"))
        .isEqualTo(RegisterRequest.MAX_ORGANIZATION_NAME_LENGTH);
    assertThat(ApiDocument.pattern("Registration", "organization_name"))
        .contains(BodyFields.NOT_BLANK_PATTERN);
    for (String schema : List.of("Registration", "NewMember")) {
      assertThat(ApiDocument.maxLength(schema, "password")).isEqualTo(PasswordPolicy.MAX_LENGTH);
      assertThat(
              ApiDocument.resolved(ApiDocument.schema(schema).at("/properties/password/minLength"))
                  .asInt())
          .isEqualTo(PasswordPolicy.MIN_LENGTH);
    }
    assertThat(ApiDocument.maxLength("Credentials", "email"))
        .isEqualTo(LoginRequest.MAX_EMAIL_LENGTH);
    assertThat(ApiDocument.maxLength("Credentials", "password"))
        .isEqualTo(LoginRequest.MAX_PASSWORD_LENGTH);
    assertThat(ApiDocument.maxLength("RefreshRequest", "refresh_token"))
        .isEqualTo(RefreshTokenRequest.MAX_TOKEN_LENGTH);
  }
}
