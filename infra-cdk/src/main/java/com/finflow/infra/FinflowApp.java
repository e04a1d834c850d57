package com.finflow.infra;

import com.finflow.infra.cashflow.CashflowFeature;
import com.finflow.infra.extraction.ExtractionFeature;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.personal.PersonalFeature;
import com.finflow.infra.quota.RateLimitsFeature;
import com.finflow.infra.transfers.TransfersFeature;
import com.finflow.infra.webhooks.WebhooksFeature;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.IConstruct;

/** The CDK app: synthesizes the Finflow stack, checked against the AWS Solutions rules. */
public final class FinflowApp {

  public static final String STACK_NAME = "Finflow";

  /** Where the Maven build asks for the assembly; the CDK CLI sets CDK_OUTDIR instead. */
  static final String OUTDIR_PROPERTY = "finflow.cdk.outdir";

  /** Features in the order they are added to the stack. */
  static final List<FinflowStack.Feature> FEATURES = features();

  private FinflowApp() {}

  private static List<FinflowStack.Feature> features() {
    var identity = new IdentityFeature();
    var webhooks = new WebhooksFeature(identity);
    var rateLimits = new RateLimitsFeature();
    return List.of(
        identity,
        webhooks,
        rateLimits,
        new TransfersFeature(identity, webhooks, rateLimits),
        new ExtractionFeature(identity, webhooks, rateLimits),
        new PersonalFeature(identity),
        new CashflowFeature(identity));
  }

  public static void main(String[] args) {
    var outdir =
        Optional.ofNullable(System.getenv("CDK_OUTDIR"))
            .orElseGet(() -> System.getProperty(OUTDIR_PROPERTY, "cdk.out"));
    var app = new App(AppProps.builder().outdir(outdir).build());
    define(app);
    app.synth();
  }

  /** Adds the Finflow stack and the cdk-nag checks to {@code app}. */
  public static FinflowStack define(App app) {
    var jar = FunctionsJar.locate(app.getNode().tryGetContext(FunctionsJar.CONTEXT_KEY));
    var stack =
        new FinflowStack(
            app,
            STACK_NAME,
            StackProps.builder()
                .stackName(STACK_NAME)
                .description("Finflow serverless backend")
                .analyticsReporting(false)
                .build(),
            feature -> Code.fromAsset(jar.artifactOf(feature).toString()),
            FEATURES);
    addComplianceChecks(app);
    return stack;
  }

  /**
   * Reports every resource under {@code scope} that breaks an AWS Solutions rule without a
   * documented reason.
   */
  public static void addComplianceChecks(IConstruct scope) {
    Aspects.of(scope).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
  }
}
