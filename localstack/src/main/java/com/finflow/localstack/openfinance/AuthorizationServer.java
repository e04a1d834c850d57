package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider's OAuth 2.0 side: discovery ({@code /.well-known/openid-configuration}), dynamic
 * client registration ({@code POST /register}, RFC 7591, authorised by the registration secret as
 * initial access token; {@code GET /register/{clientId}}, RFC 7592) and the token endpoint ({@code
 * POST /token}, client credentials grant with HTTP Basic client authentication). Real participants
 * use mutual TLS and private_key_jwt; the sandbox keeps secrets.
 */
final class AuthorizationServer {

  static final Set<String> SUPPORTED_SCOPES = Set.of("openid", "consents", "accounts", "resources");
  static final Duration TOKEN_LIFETIME = Duration.ofSeconds(900);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String registrationSecret;
  private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();
  private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

  AuthorizationServer(String registrationSecret) {
    this.registrationSecret = registrationSecret;
  }

  String registrationSecret() {
    return registrationSecret;
  }

  ProviderAnswer discovery(ProviderRequest request) {
    String issuer = request.baseUrl().toString();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuer", issuer);
    body.put("token_endpoint", issuer + "/token");
    body.put("registration_endpoint", issuer + "/register");
    body.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
    body.put("grant_types_supported", List.of("client_credentials"));
    body.put("scopes_supported", List.of("openid", "consents", "accounts", "resources"));
    return ProviderAnswer.ok(body);
  }

  ProviderAnswer register(ProviderRequest request) {
    if (!request.bearerToken().map(this::isRegistrationSecret).orElse(false)) {
      return ProviderAnswer.oauthError(
              401, "invalid_token", "registration needs the registration secret as bearer token")
          .withHeader("WWW-Authenticate", "Bearer");
    }
    JsonNode metadata;
    try {
      metadata = ProviderJson.read(request.body());
    } catch (IllegalArgumentException e) {
      return ProviderAnswer.oauthError(400, "invalid_client_metadata", e.getMessage());
    }
    List<String> grantTypes = strings(metadata.path("grant_types"));
    if (grantTypes.isEmpty()) {
      grantTypes = List.of("client_credentials");
    }
    if (!grantTypes.equals(List.of("client_credentials"))) {
      return ProviderAnswer.oauthError(
          400, "invalid_client_metadata", "only the client_credentials grant is supported");
    }
    String authMethod = metadata.path("token_endpoint_auth_method").asText("client_secret_basic");
    if (!authMethod.equals("client_secret_basic")) {
      return ProviderAnswer.oauthError(
          400, "invalid_client_metadata", "only client_secret_basic is supported");
    }
    Set<String> scopes = scopes(metadata.path("scope").asText("consents accounts"));
    if (!SUPPORTED_SCOPES.containsAll(scopes)) {
      return ProviderAnswer.oauthError(
          400, "invalid_client_metadata", "supported scopes: " + SUPPORTED_SCOPES);
    }
    RegisteredClient client =
        new RegisteredClient(
            UUID.randomUUID().toString(),
            secret(),
            secret(),
            metadata.path("client_name").asText(""),
            grantTypes,
            scopes,
            Instant.now());
    clients.put(client.clientId(), client);
    return new ProviderAnswer(201, registration(client, request), Map.of());
  }

  /** RFC 7592 read: the client's registration, for the bearer of its registration access token. */
  ProviderAnswer readRegistration(ProviderRequest request, String clientId) {
    RegisteredClient client = clients.get(clientId);
    if (client == null
        || !request
            .bearerToken()
            .map(token -> equal(token, client.registrationAccessToken()))
            .orElse(false)) {
      return ProviderAnswer.oauthError(
              401, "invalid_token", "unknown client or wrong registration access token")
          .withHeader("WWW-Authenticate", "Bearer");
    }
    return ProviderAnswer.ok(registration(client, request));
  }

  ProviderAnswer token(ProviderRequest request) {
    Optional<RegisteredClient> client =
        basicCredentials(request)
            .flatMap(
                credentials ->
                    Optional.ofNullable(clients.get(credentials[0]))
                        .filter(known -> equal(known.clientSecret(), credentials[1])));
    if (client.isEmpty()) {
      return ProviderAnswer.oauthError(
              401, "invalid_client", "unknown client or wrong client secret")
          .withHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
    }
    Map<String, String> form = form(request.body());
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return ProviderAnswer.oauthError(
          400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
    }
    Set<String> scopes =
        form.containsKey("scope") ? scopes(form.get("scope")) : client.get().scopes();
    if (scopes.isEmpty() || !client.get().scopes().containsAll(scopes)) {
      return ProviderAnswer.oauthError(
          400, "invalid_scope", "the client registered the scopes " + client.get().scopes());
    }
    AccessToken token =
        new AccessToken(
            secret(), client.get().clientId(), scopes, Instant.now().plus(TOKEN_LIFETIME));
    tokens.put(token.value(), token);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token.value());
    body.put("token_type", "Bearer");
    body.put("expires_in", TOKEN_LIFETIME.toSeconds());
    body.put("scope", String.join(" ", scopes));
    return ProviderAnswer.ok(body).withHeader("Cache-Control", "no-store");
  }

  /** The token the request bears, if the provider issued it and it has not expired. */
  Optional<AccessToken> authenticate(ProviderRequest request) {
    return request.bearerToken().map(tokens::get).filter(token -> token.activeAt(Instant.now()));
  }

  private boolean isRegistrationSecret(String token) {
    return equal(token, registrationSecret);
  }

  private static Map<String, Object> registration(
      RegisteredClient client, ProviderRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("client_id", client.clientId());
    body.put("client_secret", client.clientSecret());
    body.put("client_id_issued_at", client.issuedAt().getEpochSecond());
    body.put("client_secret_expires_at", 0);
    body.put("registration_access_token", client.registrationAccessToken());
    body.put("registration_client_uri", request.baseUrl() + "/register/" + client.clientId());
    body.put("client_name", client.clientName());
    body.put("grant_types", client.grantTypes());
    body.put("token_endpoint_auth_method", "client_secret_basic");
    body.put("scope", String.join(" ", client.scopes()));
    return body;
  }

  private static Optional<String[]> basicCredentials(ProviderRequest request) {
    return request
        .header("authorization")
        .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
        .flatMap(
            value -> {
              try {
                String decoded =
                    new String(
                        Base64.getDecoder().decode(value.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                // RFC 6749 section 2.3.1: both parts are form-encoded before they are joined.
                return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                        new String[] {
                          URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
                        });
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        form.putIfAbsent(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static Set<String> scopes(String scope) {
    Set<String> scopes = new LinkedHashSet<>();
    Arrays.stream(scope.trim().split("\\s+")).filter(part -> !part.isEmpty()).forEach(scopes::add);
    return scopes;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String secret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean equal(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
