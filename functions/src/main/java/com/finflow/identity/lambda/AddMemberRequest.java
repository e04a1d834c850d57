package com.finflow.identity.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.AddMemberCommand;
import com.finflow.identity.PasswordPolicy;
import com.finflow.identity.Role;
import com.finflow.shared.http.BodyFields;
import java.util.Optional;

/** Reads {@code POST /organizations/me/members}' body {@code {email, password, role}}. */
final class AddMemberRequest {

  private final PasswordPolicy policy;

  AddMemberRequest(PasswordPolicy policy) {
    this.policy = policy;
  }

  /** The validated command; an {@code InvalidInput} naming every invalid field otherwise. */
  AddMemberCommand parse(JsonNode body) {
    BodyFields fields = new BodyFields(body);
    NewUserFields user = NewUserFields.read(fields, policy);
    String roleText = fields.text("role", 16);
    Optional<Role> role = Role.fromWireName(roleText);
    if (!roleText.isEmpty() && role.isEmpty()) {
      fields.reject("role", "must be member or admin");
    }
    fields.throwIfInvalid();
    return new AddMemberCommand(user.email().orElseThrow(), user.password(), role.orElseThrow());
  }
}
