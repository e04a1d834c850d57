package com.finflow.identity.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.RegisterCommand;
import com.finflow.shared.http.BodyFields;

/** Reads {@code POST /auth/register}'s body {@code {email, password, organization_name}}. */
final class RegisterRequest {

  static final int MAX_ORGANIZATION_NAME_LENGTH = 140;

  private final PasswordPolicy policy;

  RegisterRequest(PasswordPolicy policy) {
    this.policy = policy;
  }

  /** The validated command; an {@code InvalidInput} naming every invalid field otherwise. */
  RegisterCommand parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    NewUserFields user = NewUserFields.read(fields, policy);
    String organizationName = fields.text("organization_name", MAX_ORGANIZATION_NAME_LENGTH);
    fields.throwIfInvalid();
    return new RegisterCommand(user.email().orElseThrow(), user.password(), organizationName);
  }
}
