package com.finflow.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.Email;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.KmsTestSigner;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.lambda.InvocationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * What the Lambda authorizer adds to a protected request, warm, against the local stack.
 *
 * <p>The same route ({@code GET /users/me}) is called with one token, whose decision the HTTP API
 * caches (the authorizer runs once), and with a fresh token per call (the authorizer runs every
 * time). The difference is the authorizer's added latency; its own invocation time is measured
 * directly as well.
 */
public final class AuthorizerLatencyBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    try (LocalStackRuntime runtime =
        LocalStackRuntime.start(
            RunningFinflow.realStack(Path.of("infra-cdk/cdk.out/Finflow.template.json")))) {
      run(runtime, calls);
    }
  }

  private static void run(LocalStackRuntime runtime, int calls) throws Exception {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String password = "correct horse " + UUID.randomUUID();
    require(
        api.post(
            "/auth/register",
            Optional.empty(),
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + password
                + "\",\"organization_name\":\"Bench\"}"),
        201);
    String token =
        require(
                api.post(
                    "/auth/login",
                    Optional.empty(),
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"),
                200)
            .json()
            .get("access_token")
            .asText();
    var me = api.get("/users/me", Optional.of(token)).json();
    User user =
        new User(
            me.get("id").asText(),
            me.get("organization_id").asText(),
            new Email(email),
            Role.ADMIN,
            Instant.now());

    AccessTokens minting =
        new AccessTokens(
            new KmsTestSigner(
                TestClients.kms(runtime.awsEndpoint()), "alias/finflow-token-signing"),
            "finflow",
            "finflow-api",
            Clock.systemUTC());
    List<String> freshTokens = new ArrayList<>();
    for (int i = 0; i < calls + 100; i++) {
      freshTokens.add(minting.issue(user));
    }
    String authorizer =
        runtime.stack().ofType("AWS::Lambda::Function").stream()
            .filter(
                function ->
                    function.properties().path("Handler").asText().contains("AuthorizerHandler"))
            .findFirst()
            .orElseThrow()
            .ref();
    ObjectNode authorizerEvent =
        (ObjectNode) JSON.readTree(Files.readString(Path.of("events/identity/authorizer.json")));

    // Warm every path first: containers, JIT, connections.
    measure(100, i -> require(api.get("/users/me", Optional.of(token)), 200));
    measure(100, i -> require(api.get("/users/me", Optional.of(freshTokens.get(calls + i))), 200));

    // Interleaved, so drift on this shared machine hits both series alike.
    long[] cachedNanos = new long[calls];
    long[] uncachedNanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      int call = i;
      cachedNanos[i] =
          measure(1, ignored -> require(api.get("/users/me", Optional.of(token)), 200)).nanos()[0];
      uncachedNanos[i] =
          measure(
                  1,
                  ignored -> require(api.get("/users/me", Optional.of(freshTokens.get(call))), 200))
              .nanos()[0];
    }
    Percentiles cached = new Percentiles(cachedNanos);
    Percentiles uncached = new Percentiles(uncachedNanos);
    Percentiles direct =
        measure(
            calls,
            i -> {
              String bearer = "Bearer " + freshTokens.get(i);
              authorizerEvent.putArray("identitySource").add(bearer);
              ((ObjectNode) authorizerEvent.get("headers")).put("authorization", bearer);
              if (!(runtime.lambda().invoke(authorizer, authorizerEvent.toString())
                  instanceof InvocationResult.Success)) {
                throw new IllegalStateException("the authorizer refused a valid token");
              }
            });

    System.out.println();
    System.out.printf(
        "Authorizer latency, warm, %d calls each, GET /users/me on the local stack%n", calls);
    System.out.println("  decision cached (authorizer skipped) : " + cached.summary());
    System.out.println("  fresh token (authorizer invoked)     : " + uncached.summary());
    System.out.println("  authorizer function alone            : " + direct.summary());
    System.out.printf(
        "  added by the authorizer              : p50 %+7.2f ms   p95 %+7.2f ms   (fresh minus cached)%n",
        uncached.p(50) - cached.p(50), uncached.p(95) - cached.p(95));
    System.out.printf(
        "  ratio fresh/cached                   : p50 %.2fx   p95 %.2fx%n",
        uncached.p(50) / cached.p(50), uncached.p(95) / cached.p(95));
  }

  private static Percentiles measure(int calls, IntConsumer call) {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long started = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - started;
    }
    return new Percentiles(nanos);
  }

  private static ApiClient.Reply require(ApiClient.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException(
          "expected " + status + " but got " + reply.status() + ": " + reply.body());
    }
    return reply;
  }
}
