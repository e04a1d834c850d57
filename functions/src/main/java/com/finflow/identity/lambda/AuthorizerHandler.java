package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.finflow.identity.Authorizer;
import com.finflow.identity.InvalidAccessToken;
import com.finflow.identity.adapters.IdentityWiring;
import com.finflow.shared.Caller;
import com.finflow.shared.lambda.LambdaEvents;
import com.finflow.shared.lambda.Priming;
import com.finflow.shared.log.Invocation;
import com.finflow.shared.log.StructuredLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's Lambda authorizer (payload 2.0, simple responses): verifies the bearer access
 * token and hands the route its user, organization and role. API Gateway caches the answer per
 * token briefly.
 *
 * <p>A missing or invalid token fails the invocation with the message {@code Unauthorized}: that is
 * the one way an authorizer makes API Gateway answer 401 (a simple {@code isAuthorized: false}
 * answers 403).
 */
public final class AuthorizerHandler implements RequestStreamHandler {

  private static final StructuredLog LOG = StructuredLog.of(AuthorizerHandler.class);
  private static final String BEARER = "bearer ";

  private final Authorizer authorizer;

  public AuthorizerHandler() {
    this(IdentityWiring.authorizer());
  }

  AuthorizerHandler(Authorizer authorizer) {
    this.authorizer = authorizer;
    Priming.add("AuthorizerHandler", this::prime);
  }

  /** What Lambda calls: the event read with the project's Jackson, the answer written with it. */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(output, handleRequest(AuthorizerEvents.read(input), context));
  }

  /** The simple response for an event already read; unit tests call it directly. */
  public Map<String, Object> handleRequest(
      APIGatewayV2CustomAuthorizerEvent event, Context context) {
    String requestId =
        event.getRequestContext() == null ? "none" : event.getRequestContext().getRequestId();
    Invocation.begin(context == null ? "local" : context.getFunctionName(), requestId);
    Optional<String> token = bearerTokenOf(event);
    if (token.isEmpty()) {
      LOG.info("unauthorized", Map.of("reason", "no bearer token"));
      throw new Unauthorized();
    }
    try {
      Caller caller = authorizer.authorize(token.get());
      return Map.of(
          "isAuthorized",
          true,
          "context",
          Map.of(
              "user_id",
              caller.userId(),
              "organization_id",
              caller.organizationId(),
              "role",
              caller.role()));
    } catch (InvalidAccessToken invalid) {
      LOG.info("unauthorized", Map.of("reason", "invalid token"));
      throw new Unauthorized();
    }
  }

  /**
   * The token check on a token that cannot verify: parsing, the signing key's public half and the
   * refusal are loaded; nothing is written.
   */
  private void prime() {
    try {
      authorizer.authorize(AuthorizerEvents.PRIMING_TOKEN);
    } catch (InvalidAccessToken expected) {
      // the outcome priming wants: the whole check ran
    }
  }

  /** The error API Gateway turns into 401; no stack trace, it is an expected outcome. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized() {
      super("Unauthorized", null, false, false);
    }
  }

  private static Optional<String> bearerTokenOf(APIGatewayV2CustomAuthorizerEvent event) {
    Optional<String> header =
        Optional.ofNullable(event.getIdentitySource())
            .flatMap(sources -> sources.stream().findFirst())
            .or(
                () ->
                    Optional.ofNullable(event.getHeaders())
                        .map(headers -> headers.get("authorization")));
    return header
        .filter(
            value ->
                value.length() > BEARER.length()
                    && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER))
        .map(value -> value.substring(BEARER.length()).strip());
  }
}
