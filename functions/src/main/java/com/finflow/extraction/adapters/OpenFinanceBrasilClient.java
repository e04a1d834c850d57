package com.finflow.extraction.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.extraction.Cpf;
import com.finflow.extraction.OpenFinanceProvider;
import com.finflow.extraction.ProviderFailure;
import com.finflow.shared.Json;
import com.finflow.shared.http.OutboundHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * An Open Finance Brasil provider over HTTPS, as its public OpenAPI documents define it: discovery
 * at {@code /.well-known/openid-configuration}, dynamic client registration, client-credentials
 * tokens, consents v3 and accounts v2 with their {@code {data, links, meta}} envelopes. Every
 * request carries a fresh {@code x-fapi-interaction-id}.
 *
 * <p>Real providers bind a consent to an access token obtained through the user's authorisation
 * redirect; Finflow runs server to server, so the consent travels as {@code x-consent-id}, as the
 * sandbox provider expects.
 *
 * <p>Payloads are read and written as JSON trees, field by field in the specification's camelCase,
 * so the shared mapper's snake_case naming of objects never applies to them. Answers are read with
 * their numbers' exact text ({@link ExactJson}), then by {@link AccountsPayloads}, which knows the
 * fields of both published versions of the accounts API.
 */
final class OpenFinanceBrasilClient implements OpenFinanceProvider {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http;
  private final URI baseUrl;
  private final String registrationSecret;
  private volatile JsonNode discovery;

  /**
   * @param http a client of {@link OutboundHttp}
   */
  OpenFinanceBrasilClient(HttpClient http, URI baseUrl, String registrationSecret) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.registrationSecret = registrationSecret;
  }

  @Override
  public ClientCredentials register(String clientName) {
    ObjectNode body =
        Json.MAPPER
            .createObjectNode()
            .put("client_name", clientName)
            .put("token_endpoint_auth_method", "client_secret_basic")
            .put("scope", "consents accounts");
    body.putArray("grant_types").add("client_credentials");
    JsonNode registered =
        send(
            post(
                    URI.create(discovery().path("registration_endpoint").asText()),
                    body.toString(),
                    "application/json")
                .header("authorization", "Bearer " + registrationSecret));
    return new ClientCredentials(
        registered.path("client_id").asText(), registered.path("client_secret").asText());
  }

  @Override
  public AccessToken token(ClientCredentials client) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (form(client.clientId()) + ":" + form(client.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    JsonNode token =
        send(
            post(
                    URI.create(discovery().path("token_endpoint").asText()),
                    "grant_type=client_credentials&scope=" + form("consents accounts"),
                    "application/x-www-form-urlencoded")
                .header("authorization", "Basic " + basic));
    return new AccessToken(
        token.path("access_token").asText(),
        Instant.now().plusSeconds(token.path("expires_in").asLong(300)));
  }

  @Override
  public Consent createConsent(AccessToken token, Cpf user, Instant expiresAt) {
    ObjectNode data = Json.MAPPER.createObjectNode();
    ObjectNode document = data.putObject("data").putObject("loggedUser").putObject("document");
    document.put("identification", user.digits()).put("rel", "CPF");
    ((ObjectNode) data.get("data"))
        .putArray("permissions")
        .add("ACCOUNTS_READ")
        .add("ACCOUNTS_BALANCES_READ")
        .add("ACCOUNTS_TRANSACTIONS_READ")
        .add("RESOURCES_READ");
    // The specification wants UTC to the second (date-time pattern without fractions).
    ((ObjectNode) data.get("data"))
        .put("expirationDateTime", expiresAt.truncatedTo(ChronoUnit.SECONDS).toString());
    return consentOf(
        send(post(
                    resource("/open-banking/consents/v3/consents"),
                    data.toString(),
                    "application/json")
                .header("authorization", "Bearer " + token.value()))
            .path("data"));
  }

  @Override
  public Consent consent(AccessToken token, String consentId) {
    return consentOf(
        send(get(resource("/open-banking/consents/v3/consents/" + path(consentId)))
                .header("authorization", "Bearer " + token.value()))
            .path("data"));
  }

  @Override
  public Page<Account> accounts(AccessToken token, String consentId, int page) {
    return AccountsPayloads.accounts(
        send(
            accountsRequest(
                token,
                consentId,
                "/open-banking/accounts/v2/accounts?page=" + page + "&page-size=25")),
        page);
  }

  @Override
  public Amount balance(AccessToken token, String consentId, String accountId) {
    return AccountsPayloads.balance(
        send(
            accountsRequest(
                token,
                consentId,
                "/open-banking/accounts/v2/accounts/" + path(accountId) + "/balances")),
        accountId);
  }

  @Override
  public Page<Transaction> transactions(
      AccessToken token,
      String consentId,
      String accountId,
      LocalDate from,
      LocalDate to,
      int page) {
    return AccountsPayloads.transactions(
        send(
            accountsRequest(
                token,
                consentId,
                "/open-banking/accounts/v2/accounts/"
                    + path(accountId)
                    + "/transactions?fromBookingDate="
                    + from
                    + "&toBookingDate="
                    + to
                    + "&page="
                    + page
                    + "&page-size=1000")),
        page);
  }

  private HttpRequest.Builder accountsRequest(
      AccessToken token, String consentId, String pathAndQuery) {
    return get(resource(pathAndQuery))
        .header("authorization", "Bearer " + token.value())
        .header("x-consent-id", consentId);
  }

  private JsonNode discovery() {
    JsonNode known = discovery;
    if (known == null) {
      known = send(get(resource("/.well-known/openid-configuration")));
      discovery = known;
    }
    return known;
  }

  private JsonNode send(HttpRequest.Builder request) {
    HttpRequest built =
        request
            .timeout(REQUEST_TIMEOUT)
            .header("accept", "application/json")
            .header("x-fapi-interaction-id", UUID.randomUUID().toString())
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw ProviderFailure.unreachable(
          built.method() + " " + built.uri().getPath() + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProviderFailure.unreachable("interrupted");
    }
    if (response.statusCode() >= 300) {
      throw new ProviderFailure(
          response.statusCode(),
          built.method()
              + " "
              + built.uri().getPath()
              + " answered "
              + response.statusCode()
              + detailOf(response.body()),
          retryAfterOf(response));
    }
    try {
      return ExactJson.read(response.body());
    } catch (IOException e) {
      throw new ProviderFailure(
          502, built.uri().getPath() + " answered something that is not JSON", Optional.empty());
    }
  }

  private static String detailOf(String body) {
    try {
      JsonNode error = Json.MAPPER.readTree(body).path("errors").path(0);
      return error.isMissingNode()
          ? ""
          : ": " + error.path("detail").asText(error.path("title").asText());
    } catch (IOException e) {
      return "";
    }
  }

  private static Optional<Duration> retryAfterOf(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("retry-after")
        .flatMap(
            value -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static Consent consentOf(JsonNode data) {
    Optional<String> rejection =
        data.has("rejection")
            ? Optional.of(data.path("rejection").path("reason").path("code").asText("REJECTED"))
            : Optional.empty();
    String expiration = data.path("expirationDateTime").asText("");
    return new Consent(
        data.path("consentId").asText(),
        data.path("status").asText(),
        expiration.isEmpty() ? Instant.now().plus(Duration.ofDays(1)) : Instant.parse(expiration),
        rejection);
  }

  private HttpRequest.Builder get(URI uri) {
    return HttpRequest.newBuilder(uri).GET();
  }

  private HttpRequest.Builder post(URI uri, String body, String contentType) {
    return HttpRequest.newBuilder(uri)
        .header("content-type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private URI resource(String pathAndQuery) {
    String base =
        baseUrl.toString().endsWith("/")
            ? baseUrl.toString().substring(0, baseUrl.toString().length() - 1)
            : baseUrl.toString();
    return URI.create(base + pathAndQuery);
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String path(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
