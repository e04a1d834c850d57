package com.finflow.infra.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The public HTTP API: one auto-deployed default stage with JSON access logs and account-wide
 * throttling.
 */
public final class FinflowHttpApi extends Construct {

  // Keeps one runaway client from exhausting the account's Lambda concurrency; raise with real
  // traffic data.
  static final int RATE_LIMIT_PER_SECOND = 50;
  static final int BURST_LIMIT = 100;

  private static final Map<String, String> ACCESS_LOG_FIELDS = accessLogFields();

  private final HttpApi httpApi;
  private final HttpStage stage;
  private final ApiRoutes routes;

  public FinflowHttpApi(Construct scope, String id, IKey key) {
    super(scope, id);
    httpApi =
        HttpApi.Builder.create(this, "HttpApi")
            .apiName("finflow")
            .description("Finflow public API")
            // The default stage below carries access logging, which HttpApi's own default stage
            // cannot.
            .createDefaultStage(false)
            .build();
    var accessLogs =
        LogGroup.Builder.create(this, "AccessLogs")
            .retention(RetentionDays.ONE_MONTH)
            .encryptionKey(key)
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    stage =
        httpApi.addStage(
            "DefaultStage",
            HttpStageOptions.builder()
                .stageName("$default")
                .autoDeploy(true)
                .accessLogSettings(new JsonAccessLogs(new LogGroupLogDestination(accessLogs)))
                .throttle(
                    ThrottleSettings.builder()
                        .rateLimit(RATE_LIMIT_PER_SECOND)
                        .burstLimit(BURST_LIMIT)
                        .build())
                .build());
    routes = new ApiRoutes(this, "Routes", httpApi);
  }

  public ApiRoutes routes() {
    return routes;
  }

  public String url() {
    return stage.getUrl();
  }

  /** One JSON object per request; {@code requestId} correlates with the function logs. */
  static String accessLogFormat() {
    return ACCESS_LOG_FIELDS.entrySet().stream()
        .map(field -> "\"" + field.getKey() + "\":\"" + field.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Map<String, String> accessLogFields() {
    var fields = new LinkedHashMap<String, String>();
    fields.put("requestId", "$context.requestId");
    fields.put("requestTime", "$context.requestTime");
    fields.put("sourceIp", "$context.identity.sourceIp");
    fields.put("routeKey", "$context.routeKey");
    fields.put("protocol", "$context.protocol");
    fields.put("status", "$context.status");
    fields.put("responseLength", "$context.responseLength");
    fields.put("responseLatency", "$context.responseLatency");
    fields.put("integrationLatency", "$context.integrationLatency");
    fields.put("integrationError", "$context.integrationErrorMessage");
    fields.put("authorizerError", "$context.authorizer.error");
    return Collections.unmodifiableMap(fields);
  }

  // A plain class, not a record: jsii would take a record accessor named like the property for a
  // method override.
  private static final class JsonAccessLogs implements IAccessLogSettings {

    private final IAccessLogDestination logGroup;

    JsonAccessLogs(IAccessLogDestination logGroup) {
      this.logGroup = logGroup;
    }

    @Override
    public IAccessLogDestination getDestination() {
      return logGroup;
    }

    @Override
    public AccessLogFormat getFormat() {
      return AccessLogFormat.custom(accessLogFormat());
    }
  }
}
