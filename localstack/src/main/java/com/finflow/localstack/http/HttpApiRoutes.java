package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.provision.PhysicalResource;
import com.finflow.localstack.provision.ProvisionedStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the HTTP API routes, their integrations and authorizers out of the provisioned template.
 */
public final class HttpApiRoutes {

  private HttpApiRoutes() {}

  public static RouteTable from(ProvisionedStack stack) {
    List<HttpRoute> routes = new ArrayList<>();
    for (PhysicalResource route : stack.ofType("AWS::ApiGatewayV2::Route")) {
      JsonNode properties = route.properties();
      String target = properties.path("Target").asText();
      if (!target.startsWith("integrations/")) {
        continue;
      }
      PhysicalResource integration =
          stack
              .byRef(target.substring("integrations/".length()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "route " + route.logicalId() + " targets unknown " + target));
      String function = integration.properties().path("IntegrationUri").asText();
      Optional<AuthorizerDefinition> authorizer = Optional.empty();
      if (properties.path("AuthorizationType").asText("NONE").equals("CUSTOM")) {
        String authorizerId = properties.path("AuthorizerId").asText();
        authorizer =
            Optional.of(
                authorizer(
                    stack
                        .byRef(authorizerId)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "route "
                                        + route.logicalId()
                                        + " uses unknown authorizer "
                                        + authorizerId))));
      }
      routes.add(
          HttpRoute.parse(
              properties.path("RouteKey").asText(),
              function,
              authorizer,
              integrationTimeout(integration.properties())));
    }
    return new RouteTable(routes);
  }

  /**
   * HTTP APIs wait at most 30 s, which is also what they wait when the integration sets no timeout.
   */
  private static Duration integrationTimeout(JsonNode integration) {
    long millis =
        integration.path("TimeoutInMillis").asLong(GatewayLimits.INTEGRATION_TIMEOUT.toMillis());
    return Duration.ofMillis(Math.min(millis, GatewayLimits.INTEGRATION_TIMEOUT.toMillis()));
  }

  private static AuthorizerDefinition authorizer(PhysicalResource resource) {
    JsonNode properties = resource.properties();
    List<String> sources = new ArrayList<>();
    JsonNode identity = properties.path("IdentitySource");
    if (identity.isTextual()) {
      for (String source : identity.asText().split(",")) {
        sources.add(source.trim());
      }
    } else {
      identity.forEach(source -> sources.add(source.asText()));
    }
    return new AuthorizerDefinition(
        resource.ref(),
        properties.path("Name").asText(resource.logicalId()),
        properties.path("AuthorizerUri").asText(),
        sources,
        Duration.ofSeconds(properties.path("AuthorizerResultTtlInSeconds").asLong(0)),
        properties.path("EnableSimpleResponses").asBoolean(false));
  }
}
