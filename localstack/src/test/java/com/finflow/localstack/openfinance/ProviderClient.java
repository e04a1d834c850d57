package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Talks to the sandbox provider over HTTP, as a Finflow function integrating Open Finance Brasil
 * would.
 */
public record ProviderClient(URI baseUrl, HttpClient http) {

  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String CONSENTS = "/open-banking/consents/v3/consents";
  public static final String ACCOUNTS = "/open-banking/accounts/v2/accounts";

  public ProviderClient(URI baseUrl) {
    this(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
  }

  public HttpResponse<String> discover() {
    return send(HttpRequest.newBuilder(baseUrl.resolve("/.well-known/openid-configuration")).GET());
  }

  public HttpResponse<String> register(String registrationSecret) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/register"))
            .header("Authorization", "Bearer " + registrationSecret)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    """
            {"client_name": "Finflow", "grant_types": ["client_credentials"],
             "token_endpoint_auth_method": "client_secret_basic", "scope": "consents accounts"}""")));
  }

  public HttpResponse<String> token(String clientId, String clientSecret) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=consents%20accounts")));
  }

  /** Registers a client and returns an access token for it. */
  public String accessToken(String registrationSecret) {
    JsonNode client = json(register(registrationSecret).body());
    return json(token(client.path("client_id").asText(), client.path("client_secret").asText())
            .body())
        .path("access_token")
        .asText();
  }

  public HttpResponse<String> createConsent(String accessToken, String cpf) {
    String expiration =
        Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return send(
        HttpRequest.newBuilder(baseUrl.resolve(CONSENTS))
            .header("Authorization", "Bearer " + accessToken)
            .header("Content-Type", "application/json")
            .header("x-fapi-interaction-id", "d78fc4e5-37ca-4da3-adf2-9b082bf92280")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    """
            {"data": {"loggedUser": {"document": {"identification": "%s", "rel": "CPF"}},
             "permissions": ["ACCOUNTS_READ", "ACCOUNTS_BALANCES_READ", "ACCOUNTS_TRANSACTIONS_READ", "RESOURCES_READ"],
             "expirationDateTime": "%s"}}"""
                        .formatted(cpf, expiration))));
  }

  /**
   * A GET with the bearer token and, when not null, the consent id the sandbox reads from
   * x-consent-id.
   */
  public HttpResponse<String> get(String pathAndQuery, String accessToken, String consentId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    if (consentId != null) {
      request.header("x-consent-id", consentId);
    }
    return send(request);
  }

  /** A GET of a full URL, as a client following {@code links.next} does. */
  public HttpResponse<String> follow(String url, String accessToken, String consentId) {
    return get(url.substring(baseUrl.toString().length()), accessToken, consentId);
  }

  public HttpResponse<String> putFaults(String json) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve("/sandbox/faults"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> sandbox(String method, String path) {
    return send(
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * Sends without turning a lost connection into an assertion failure, for tests that expect one.
   */
  public HttpResponse<String> sendRaw(HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("the provider did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
