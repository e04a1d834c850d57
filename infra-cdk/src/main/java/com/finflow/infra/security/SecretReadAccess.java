package com.finflow.infra.security;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * Lets a function read a secret encrypted with the stack's key, granted on the function's role
 * only. {@code ISecret.grantRead} would also add the role to the key's policy, which lives in the
 * root stack: a reference from the root stack into a feature's nested stack, whose parameters
 * already refer to the key, is a cycle CloudFormation refuses. The key's policy lets the account's
 * roles use it, so the role's own policy suffices.
 */
public final class SecretReadAccess {

  private SecretReadAccess() {}

  public static void grant(ISecret secret, IKey key, IGrantable grantee) {
    var principal = grantee.getGrantPrincipal();
    principal.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
            .resources(List.of(secret.getSecretArn()))
            .build());
    principal.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("kms:Decrypt"))
            .resources(List.of(key.getKeyArn()))
            .conditions(
                Map.of(
                    "StringEquals",
                    Map.of(
                        "kms:ViaService",
                        "secretsmanager." + Stack.of(secret).getRegion() + ".amazonaws.com")))
            .build());
  }
}
