package com.finflow.localstack.http;

import java.time.Duration;
import java.util.List;

/** An AWS::ApiGatewayV2::Authorizer of type REQUEST backed by a function. */
public record AuthorizerDefinition(
    String id,
    String name,
    String function,
    List<String> identitySources,
    Duration resultTtl,
    boolean simpleResponses) {

  public AuthorizerDefinition {
    identitySources = List.copyOf(identitySources);
  }
}
