package com.finflow.infra;

import com.finflow.infra.api.ApiRoutes;
import com.finflow.infra.api.FinflowHttpApi;
import com.finflow.infra.compute.FunctionsCode;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.health.HealthFunction;
import com.finflow.infra.messaging.QueueWithDeadLetter;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.observability.AlarmTopic;
import com.finflow.infra.security.EncryptionKey;
import com.finflow.infra.security.OpenFinanceProviderSecret;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Every AWS resource of Finflow. Features add their functions, tables, queues and routes through
 * this stack so that the health check learns about each of them.
 *
 * <p>Each feature's resources go into a nested stack of its own, {@code <name>Feature}: a
 * CloudFormation stack holds at most 500 resources, and one function with its role, policy, log
 * group, version, alias, alarm, permission, integration and route is ten of them. The foundation
 * (key, alarm topic, API, authorizer, health) stays in this stack.
 */
public final class FinflowStack extends Stack {

  /** One product feature's resources, added in one line to the list the app passes. */
  public interface Feature {
    /** Names the feature's nested stack, {@code <name>Feature}, such as {@code CashflowFeature}. */
    String name();

    void addTo(FinflowStack stack);
  }

  static final String PUBLIC_BY_DESIGN =
      "Health and the API description are public by design; "
          + "every other route uses the Lambda authorizer.";

  private final SharedResources shared;
  private final ApiRoutes routes;
  private final List<ISecret> secrets = new ArrayList<>();
  private final ISecret providerSecret;
  private final List<ITable> tables = new ArrayList<>();
  private final List<IQueue> queues = new ArrayList<>();
  private boolean healthWired;
  // Where function, table and queue put what they create: the nested stack of the feature being
  // added, or this stack.
  private Construct featureScope = this;

  public FinflowStack(
      Construct scope,
      String id,
      StackProps props,
      Function<String, Code> functionsCode,
      List<Feature> features) {
    super(scope, id, props);
    var key = new EncryptionKey(this, "EncryptionKey").key();
    var alarmTopic = new AlarmTopic(this, "AlarmTopic", key);
    shared = new SharedResources(key, alarmTopic.topic(), new FunctionsCode(functionsCode));
    providerSecret = new OpenFinanceProviderSecret(this, "OpenFinanceProviderSecret", key).secret();
    secrets.add(providerSecret);
    var api = new FinflowHttpApi(this, "Api", key);
    routes = api.routes();

    features.forEach(
        feature -> {
          featureScope = new NestedStack(this, feature.name() + "Feature");
          feature.addTo(this);
          featureScope = this;
        });

    // Last, so that it sees every secret, table and queue the features added.
    var health =
        new HealthFunction(
            this, "Health", shared, new HealthFunction.Dependencies(secrets, tables, queues));
    healthWired = true;
    routes.publicRoute(HttpMethod.GET, "/health", health.function(), PUBLIC_BY_DESIGN);

    var openApi =
        function(
            "OpenApi",
            JavaFunctionProps.of(
                    "com.finflow.openapi.lambda.OpenApiHandler::handleRequest", Duration.seconds(5))
                .withMemorySize(512));
    routes.publicRoute(HttpMethod.GET, "/openapi.json", openApi, PUBLIC_BY_DESIGN);

    var unmatchedRoute =
        function(
            "UnmatchedRoute",
            JavaFunctionProps.of(
                    "com.finflow.openapi.lambda.UnmatchedRouteHandler::handleRequest",
                    Duration.seconds(5))
                .withMemorySize(512));
    routes.defaultRoute(
        unmatchedRoute,
        "Answers requests no operation matches with 404, or 405 and the methods the path has;"
            + " it reads nothing but the API document in its jar");

    CfnOutput.Builder.create(this, "ApiUrl")
        .description("Base URL of the Finflow HTTP API")
        .value(api.url())
        .build();
  }

  public SharedResources shared() {
    return shared;
  }

  /** Base URL and registration credentials of the Open Finance provider. */
  public ISecret providerSecret() {
    return providerSecret;
  }

  public ApiRoutes routes() {
    return routes;
  }

  /**
   * Where the feature being added creates its own constructs (a key, a schedule): its nested stack.
   */
  public Construct scope() {
    return featureScope;
  }

  public JavaFunction function(String id, JavaFunctionProps props) {
    return new JavaFunction(featureScope, id, shared, props);
  }

  public EncryptedTable table(String id, EncryptedTableProps props) {
    requireHealthNotWiredYet(id);
    var table = new EncryptedTable(featureScope, id, shared.key(), props);
    tables.add(table.table());
    return table;
  }

  public QueueWithDeadLetter queue(String id, QueueWithDeadLetterProps props) {
    requireHealthNotWiredYet(id);
    var queue = new QueueWithDeadLetter(featureScope, id, shared, props);
    queues.add(queue.queue());
    queues.add(queue.deadLetterQueue());
    return queue;
  }

  private void requireHealthNotWiredYet(String id) {
    if (healthWired) {
      throw new IllegalStateException(
          id
              + " must be added by a Feature passed to the stack, "
              + "otherwise the health check would not know about it");
    }
  }
}
