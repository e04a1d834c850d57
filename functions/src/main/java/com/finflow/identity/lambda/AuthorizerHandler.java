package com.finflow.identity.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.finflow.identity.Authorizer;
import com.finflow.identity.AuthorizerRehearsal;
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
import java.io.UncheckedIOException;
import java.util.Map;

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

  private final Authorizer authorizer;
  // Made by the first round of priming and kept for the others (one throwaway key, not one a
  // round), then dropped: the snapshot holds no key but the container's own public one.
  private AuthorizerRehearsal rehearsal;

  public AuthorizerHandler() {
    this(IdentityWiring.authorizer());
  }

  AuthorizerHandler(Authorizer authorizer) {
    this.authorizer = authorizer;
    Priming.addPath("AuthorizerHandler", this::prime, () -> rehearsal = null);
  }

  /** What Lambda calls: the event read with the project's Jackson, the answer written with it. */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(output, answer(authorizer, AuthorizerEvents.read(input), context));
  }

  /** The simple response for an event already read; unit tests call it directly. */
  public Map<String, Object> handleRequest(
      APIGatewayV2CustomAuthorizerEvent event, Context context) {
    return answer(authorizer, AuthorizerRequest.of(event), context);
  }

  private static Map<String, Object> answer(
      Authorizer authorizer, AuthorizerRequest request, Context context) {
    Invocation.begin(context == null ? "local" : context.getFunctionName(), request.requestId());
    if (request.bearerToken().isEmpty()) {
      LOG.info("unauthorized", Map.of("reason", "no bearer token"));
      throw new Unauthorized();
    }
    try {
      Caller caller = authorizer.authorize(request.bearerToken().get());
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
   * Both outcomes from the wire, and nothing written: this container's key refuses a token that
   * cannot verify (parsing, the key's public half, the refusal), and a throwaway key accepts one
   * token it signed (the signature's arithmetic, the claims, the answer).
   */
  private void prime() {
    try {
      answer(
          authorizer,
          AuthorizerEvents.read(AuthorizerEvents.withToken(AuthorizerEvents.REFUSED_TOKEN)),
          null);
    } catch (Unauthorized expected) {
      // the outcome wanted: the whole check ran
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rehearsal == null) {
      rehearsal = IdentityWiring.authorizerRehearsal();
    }
    try {
      LambdaEvents.write(
          OutputStream.nullOutputStream(),
          answer(
              rehearsal.authorizer(),
              AuthorizerEvents.read(AuthorizerEvents.withToken(rehearsal.token())),
              null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error API Gateway turns into 401; no stack trace, it is an expected outcome. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized() {
      super("Unauthorized", null, false, false);
    }
  }
}
