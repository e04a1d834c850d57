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
 * Lets a function use the secrets whose names start with a prefix (created at run time, one per
 * organization or feed, so their names are not known to the stack), and the customer key that
 * encrypts them; nothing else.
 */
public final class PrefixedSecretsAccess {

  private PrefixedSecretsAccess() {}

  public static void grant(
      FinflowStack stack, JavaFunction function, String prefix, List<String> actions, String why) {
    var role = function.function().getRole();
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .actions(actions)
            .resources(
                List.of(
                    Stack.of(stack)
                        .formatArn(
                            ArnComponents.builder()
                                .service("secretsmanager")
                                .resource("secret")
                                .resourceName(prefix + "*")
                                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                                .build())))
            .build());
    stack.shared().key().grant(role, "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(why)
                .appliesTo(
                    List.of(
                        "Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:"
                            + prefix
                            + "*"))
                .build()),
        true);
  }
}
