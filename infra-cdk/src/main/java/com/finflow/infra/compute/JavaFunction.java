package com.finflow.infra.compute;

import com.finflow.infra.SharedResources;
import com.finflow.infra.observability.NonZeroAlarm;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A Java 21 Lambda function from its feature's artifact, published with SnapStart and invoked only
 * through its {@value #ALIAS_NAME} alias, so that callers always hit a snapshotted version and
 * never {@code $LATEST}.
 */
public final class JavaFunction extends Construct {

  public static final String ALIAS_NAME = "live";
  public static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
  // Request handlers are short-lived: C1 only starts faster and SnapStart restores the warmed-up
  // state anyway.
  static final String TIERED_C1_ONLY = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

  private static final Duration ALARM_PERIOD = Duration.minutes(5);

  private final Function function;
  private final Alias alias;
  private final Duration timeout;

  public JavaFunction(Construct scope, String id, SharedResources shared, JavaFunctionProps props) {
    super(scope, id);
    timeout = props.timeout();

    var logGroup =
        LogGroup.Builder.create(this, "LogGroup")
            .retention(RetentionDays.ONE_MONTH)
            .encryptionKey(shared.key())
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    // An own role instead of AWSLambdaBasicExecutionRole: logs only to this function's log group.
    var role =
        Role.Builder.create(this, "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description("Execution role of " + props.handler())
            .build();
    logGroup.grantWrite(role);

    var environment = new HashMap<>(props.environment());
    environment.put(JAVA_TOOL_OPTIONS, TIERED_C1_ONLY);

    function =
        Function.Builder.create(this, "Function")
            .runtime(Runtime.JAVA_21)
            .architecture(Architecture.ARM_64)
            .code(shared.functionsCode().in(this, props.handler()))
            .handler(props.handler())
            .memorySize(props.memorySize())
            .timeout(props.timeout())
            .environment(environment)
            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
            .tracing(Tracing.ACTIVE)
            .logGroup(logGroup)
            .role(role)
            .build();
    dependOnPermissionsOnly(role);
    Annotations.of(function)
        .acknowledgeWarning(
            "@aws-cdk/aws-lambda:snapStartRequirePublish",
            "The live alias below publishes the current version, and every caller invokes that alias.");
    alias =
        Alias.Builder.create(this, "LiveAlias")
            .aliasName(ALIAS_NAME)
            .version(function.getCurrentVersion())
            .build();

    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .appliesTo(List.of("Resource::*"))
                .reason(
                    "Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, "
                        + "which support no resource-level permissions.")
                .build()),
        true);

    // One alarm for errors and throttles together: CloudFormation allows 500 resources a stack, and
    // a second alarm per function would cost 44 of them; the alarm still names its function.
    var sum = MetricOptions.builder().period(ALARM_PERIOD).statistic("Sum").build();
    var failures =
        MathExpression.Builder.create()
            .expression("errors + throttles")
            // Sorted: Map.of iterates in an order that differs from one JVM to the next.
            .usingMetrics(
                new TreeMap<>(
                    Map.of(
                        "errors", function.metricErrors(sum),
                        "throttles", function.metricThrottles(sum))))
            .period(ALARM_PERIOD)
            .label("errors and throttles")
            .build();
    new NonZeroAlarm(
        this,
        "FailuresAlarm",
        failures,
        props.handler() + " failed or was throttled at least once in 5 minutes",
        shared.alarmTopic());
  }

  // Lambda orders the function after its role via the Role GetAtt already; CDK's extra DependsOn on
  // the role is
  // redundant (cfn-lint W3005). The one on the role's policy stays: the first invocation must be
  // able to log.
  private void dependOnPermissionsOnly(Role role) {
    var policy = (Policy) role.getNode().findChild("DefaultPolicy");
    var cfnPolicy = (CfnResource) policy.getNode().getDefaultChild();
    var cfnFunction = (CfnResource) function.getNode().getDefaultChild();
    cfnFunction.addOverride("DependsOn", List.of(cfnPolicy.getLogicalId()));
  }

  /** The target for every integration, event source and grant. */
  public Alias alias() {
    return alias;
  }

  public IFunction function() {
    return function;
  }

  public Duration timeout() {
    return timeout;
  }
}
