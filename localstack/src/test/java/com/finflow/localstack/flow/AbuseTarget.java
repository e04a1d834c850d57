package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseBodies.JSON_TYPE;
import static com.finflow.localstack.flow.AbuseBodies.bulk;
import static com.finflow.localstack.flow.AbuseBodies.extraction;
import static com.finflow.localstack.flow.AbuseBodies.utf8;
import static com.finflow.localstack.flow.AbuseCase.withoutEchoes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.Email;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What hostile requests aim at, set up once through the real stack: an owner's organization with a
 * member, a settled bulk and an extraction whose webhook notices were delivered, and a stranger's
 * organization with its own bulk. Sends requests as the given caller.
 */
final class AbuseTarget implements AutoCloseable {

  final LocalStackRuntime runtime;
  final ApiClient api;
  final Tenant owner;
  final Tenant stranger;
  final String memberToken;
  final String ownersBulkId;
  final String ownersBulkDelivery;
  final String ownersExtractionId;
  final String ownersExtractionDelivery;
  final String strangersBulk;
  final String strangersKey = UUID.randomUUID().toString();
  private final WebhookReceiver receiver;

  private AbuseTarget(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
    this.owner = Tenant.signUp(api, "100000.00");
    this.stranger = Tenant.signUp(api, "100000.00");
    this.memberToken = memberOf(owner);
    this.receiver = new WebhookReceiver(0);
    ApiClient.Reply bulk =
        api.post(
            "/transfers/bulk",
            Optional.of(owner.accessToken()),
            owner
                .bulkOf(2, new Random(91), "partial")
                .put("webhook_url", receiver.url())
                .toString());
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(201);
    this.ownersBulkId = bulk.json().get("bulk_id").asText();
    ApiClient.Reply extraction =
        api.post(
            "/extract-financial-data",
            Optional.of(owner.accessToken()),
            extraction(
                TestCpfs.of(918273645),
                ",\"async\":true,\"webhook_url\":\"" + receiver.url() + "\""));
    assertThat(extraction.status()).as(extraction.body()).isEqualTo(202);
    this.ownersExtractionId = extraction.json().get("extraction_id").asText();
    this.strangersBulk = bulk(stranger);
    ApiClient.Reply strangers =
        api.postWithHeader(
            "/transfers/bulk",
            Optional.of(stranger.accessToken()),
            strangersBulk,
            "idempotency-key",
            strangersKey);
    assertThat(strangers.status()).as(strangers.body()).isEqualTo(201);
    Settlement.awaitSettled(api, owner, ownersBulkId, Duration.ofSeconds(60));
    Settlement.awaitSettled(
        api, stranger, strangers.json().get("bulk_id").asText(), Duration.ofSeconds(60));
    this.ownersBulkDelivery =
        deliveredNotice("/transfers/bulk/" + ownersBulkId + "/webhook-deliveries");
    this.ownersExtractionDelivery =
        deliveredNotice("/extractions/" + ownersExtractionId + "/webhook-deliveries");
  }

  static AbuseTarget prepare(LocalStackRuntime runtime) {
    return new AbuseTarget(runtime);
  }

  @Override
  public void close() {
    receiver.close();
  }

  /**
   * A check that an answer says no more than the answer to the same request for an id nobody has:
   * the same problem but for the path it echoes, and none of the owner's data.
   */
  Consumer<RawHttp.Answer> answersAsFor(Supplier<RawHttp.Answer> unknownId) {
    return answer -> {
      RawHttp.Answer unknown = unknownId.get();
      assertThat(unknown.status()).isEqualTo(answer.status());
      assertThat(withoutEchoes(AbuseCase.json(answer)))
          .isEqualTo(withoutEchoes(AbuseCase.json(unknown)));
      assertThat(withoutEchoes(AbuseCase.json(answer)).toString())
          .doesNotContain("balance")
          .doesNotContain("delivered")
          .doesNotContain("127.0.0.1")
          .doesNotContain(owner.iban().substring(4));
    };
  }

  // Requests

  RawHttp.Answer get(String path, Tenant caller) {
    return getWith(path, caller.accessToken());
  }

  RawHttp.Answer getWith(String path, String token) {
    return bytesWith("GET", path, token, null, new byte[0]);
  }

  RawHttp.Answer json(String method, String path, Tenant caller, String body) {
    return jsonWith(method, path, caller == null ? null : caller.accessToken(), body);
  }

  RawHttp.Answer jsonWith(String method, String path, String token, String body) {
    return bytesWith(method, path, token, JSON_TYPE, utf8(body));
  }

  RawHttp.Answer bytes(String method, String path, Tenant caller, String contentType, byte[] body) {
    return bytesWith(method, path, caller == null ? null : caller.accessToken(), contentType, body);
  }

  RawHttp.Answer bytesWith(
      String method, String path, String token, String contentType, byte[] body) {
    Map<String, String> headers = new HashMap<>();
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    return answerOf(api.send(method, path, Optional.ofNullable(token), headers, body));
  }

  RawHttp.Answer withHeader(
      String method, String path, Tenant caller, String name, String value, String body) {
    Map<String, String> headers = new HashMap<>(Map.of(name, value));
    if (!body.isEmpty()) {
      headers.put("content-type", JSON_TYPE);
    }
    return answerOf(api.send(method, path, Optional.of(caller.accessToken()), headers, utf8(body)));
  }

  /** {@code requestLine} is "METHOD /path"; {@code header} one raw header line, or empty. */
  RawHttp.Answer raw(String requestLine, Tenant caller, String header, String body) {
    String head =
        requestLine
            + " HTTP/1.1\r\nauthorization: Bearer "
            + caller.accessToken()
            + (body.isEmpty() ? "" : "\r\ncontent-type: " + JSON_TYPE)
            + (header.isEmpty() ? "" : "\r\n" + header);
    return RawHttp.send(
        runtime.httpBaseUrl(), head.getBytes(StandardCharsets.ISO_8859_1), utf8(body));
  }

  private static RawHttp.Answer answerOf(ApiClient.Reply reply) {
    Map<String, String> headers = new HashMap<>();
    reply
        .response()
        .headers()
        .map()
        .forEach(
            (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
    return new RawHttp.Answer(reply.status(), headers, reply.body());
  }

  // Setup

  private String memberOf(Tenant organization) {
    String email = "member-" + UUID.randomUUID() + "@example.com";
    String password = "member " + UUID.randomUUID();
    ApiClient.Reply added =
        api.post(
            "/organizations/me/members",
            Optional.of(organization.accessToken()),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"role\":\"member\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    ApiClient.Reply login =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  /** The id of the one delivery listed at {@code path}, once it is delivered. */
  private String deliveredNotice(String path) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode deliveries = api.get(path, Optional.of(owner.accessToken())).json().path("deliveries");
    while (!deliveries.path(0).path("status").asText().equals("delivered")
        && Instant.now().isBefore(deadline)) {
      Settlement.sleep(200);
      deliveries = api.get(path, Optional.of(owner.accessToken())).json().path("deliveries");
    }
    assertThat(deliveries.path(0).path("status").asText()).as(path).isEqualTo("delivered");
    return deliveries.get(0).get("delivery_id").asText();
  }

  String tokenIssuedAt(Instant issuedAt, String audience) {
    JsonNode me = api.get("/users/me", Optional.of(owner.accessToken())).json();
    User user =
        new User(
            me.get("id").asText(),
            me.get("organization_id").asText(),
            new Email(me.get("email").asText()),
            Role.ADMIN,
            Instant.now());
    return new AccessTokens(
            new KmsTestSigner(
                TestClients.kms(runtime.awsEndpoint()), "alias/finflow-token-signing"),
            "finflow",
            audience,
            Clock.fixed(issuedAt, ZoneOffset.UTC))
        .issue(user);
  }
}
