package com.finflow.infra.security;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import java.util.List;

/**
 * Lets a function read, or create on first use, the organizations' webhook signing secrets, and
 * nothing else.
 */
public final class WebhookSecretsAccess {

  static final String WEBHOOK_SECRETS_ARE_PER_ORGANIZATION =
      "One webhook signing secret per organization, "
          + "created on first use, so their names (finflow/webhooks/<organization id>) are known only at run time; "
          + "the grant is limited to that prefix.";

  private WebhookSecretsAccess() {}

  public static void grant(FinflowStack stack, JavaFunction function) {
    PrefixedSecretsAccess.grant(
        stack,
        function,
        "finflow/webhooks/",
        List.of("secretsmanager:GetSecretValue", "secretsmanager:CreateSecret"),
        WEBHOOK_SECRETS_ARE_PER_ORGANIZATION);
  }
}
