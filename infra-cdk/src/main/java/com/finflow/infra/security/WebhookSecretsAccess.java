package com.finflow.infra.security;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;

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
    var role = function.function().getRole();
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:CreateSecret"))
            .resources(
                List.of(
                    Stack.of(stack)
                        .formatArn(
                            ArnComponents.builder()
                                .service("secretsmanager")
                                .resource("secret")
                                .resourceName("finflow/webhooks/*")
                                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                                .build())))
            .build());
    stack.shared().key().grant(role, "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(WEBHOOK_SECRETS_ARE_PER_ORGANIZATION)
                .appliesTo(
                    List.of(
                        "Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:finflow/webhooks/*"))
                .build()),
        true);
  }
}
