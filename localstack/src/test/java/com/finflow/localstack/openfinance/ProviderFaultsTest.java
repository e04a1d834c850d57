package com.finflow.localstack.openfinance;

import static com.finflow.localstack.openfinance.ProviderClient.ACCOUNTS;
import static com.finflow.localstack.openfinance.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults dialled in per endpoint, at start-up or while the provider runs, and the calls it counts.
 */
class ProviderFaultsTest {

  private static final String CPF = SandboxProviderTest.CPF;

  private SandboxProvider provider;
  private ProviderClient client;
  private String accessToken;
  private String consentId;
  private String transactions;

  @BeforeEach
  void start() {
    provider = SandboxProvider.start(0, ProviderSettings.DEFAULTS);
    client = new ProviderClient(provider.baseUrl());
    accessToken = client.accessToken(provider.registrationSecret());
    consentId = SandboxProviderTest.authorisedConsent(client, accessToken, CPF);
    String accountId =
        json(client.get(ACCOUNTS, accessToken, consentId).body())
            .path("data")
            .get(0)
            .path("accountId")
            .asText();
    transactions = ACCOUNTS + "/" + accountId + "/transactions";
    provider.resetCalls();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void aGatewayTimeoutRateOfOneFailsEveryTransactionsRequestAndNothingElse() {
    provider.faults(ProviderFaults.parse("transactions:504=1.0", 42));

    List<Integer> statuses =
        IntStream.range(0, 5)
            .mapToObj(i -> client.get(transactions, accessToken, consentId).statusCode())
            .toList();
    HttpResponse<String> timedOut = client.get(transactions, accessToken, consentId);
    HttpResponse<String> accounts = client.get(ACCOUNTS, accessToken, consentId);

    assertThat(statuses).containsOnly(504);
    JsonNode envelope = json(timedOut.body());
    assertThat(envelope.path("errors").get(0).path("code").asText()).isEqualTo("GATEWAY_TIMEOUT");
    assertThat(envelope.path("meta").path("totalRecords").asInt()).isEqualTo(1);
    assertThat(timedOut.headers().firstValue("x-fapi-interaction-id")).isPresent();
    assertThat(accounts.statusCode()).isEqualTo(200);
  }

  @Test
  void a429CarriesRetryAfterOneSecond() {
    provider.faults(ProviderFaults.parse("accounts:429=1.0", 42));

    HttpResponse<String> limited = client.get(ACCOUNTS, accessToken, consentId);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(json(limited.body()).path("errors").get(0).path("code").asText())
        .isEqualTo("TOO_MANY_REQUESTS");
  }

  @Test
  void aDroppedRequestGetsNoAnswerAtAll() {
    provider.faults(ProviderFaults.parse("balances:drop=1.0", 42));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(provider.baseUrl() + ACCOUNTS + "/x/balances"))
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build();

    assertThatThrownBy(() -> client.sendRaw(request)).isInstanceOf(IOException.class);
    assertThat(provider.calls().get("balances")).isPositive();
  }

  @Test
  void latencyDelaysTheAnswer() {
    provider.faults(ProviderFaults.parse("accounts:latency=300", 42));

    long began = System.nanoTime();
    HttpResponse<String> slow = client.get(ACCOUNTS, accessToken, consentId);
    long tookMillis = (System.nanoTime() - began) / 1_000_000;

    assertThat(slow.statusCode()).isEqualTo(200);
    assertThat(tookMillis).isGreaterThanOrEqualTo(300);
  }

  @Test
  void faultsChangeWhileTheProviderRunsThroughJavaAndThroughHttp() {
    provider.faults(ProviderFaults.parse("accounts:500=1.0", 42));
    int duringJavaFault = client.get(ACCOUNTS, accessToken, consentId).statusCode();
    provider.faults(ProviderFaults.NONE);
    int afterJavaReset = client.get(ACCOUNTS, accessToken, consentId).statusCode();

    HttpResponse<String> put =
        client.putFaults("{\"seed\":7,\"endpoints\":{\"accounts\":{\"504\":1.0,\"latency\":5}}}");
    int duringHttpFault = client.get(ACCOUNTS, accessToken, consentId).statusCode();
    JsonNode shown = json(client.sandbox("GET", "/sandbox/faults").body());
    client.putFaults("{\"endpoints\":{}}");
    int afterHttpReset = client.get(ACCOUNTS, accessToken, consentId).statusCode();

    assertThat(duringJavaFault).isEqualTo(500);
    assertThat(afterJavaReset).isEqualTo(200);
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(duringHttpFault).isEqualTo(504);
    assertThat(shown.path("seed").asLong()).isEqualTo(7);
    assertThat(shown.path("endpoints").path("accounts").path("504").asDouble()).isEqualTo(1.0);
    assertThat(shown.path("endpoints").path("accounts").path("latency").asLong()).isEqualTo(5);
    assertThat(afterHttpReset).isEqualTo(200);
    assertThat(provider.faults()).isEqualTo(ProviderFaults.NONE.withSeed(7));
  }

  @Test
  void anImpossibleFaultIsRefusedAndTheOldOneKept() {
    provider.faults(ProviderFaults.parse("token:500=0.5", 42));

    HttpResponse<String> refused =
        client.putFaults("{\"endpoints\":{\"token\":{\"500\":0.7,\"504\":0.7}}}");
    HttpResponse<String> unknownEndpoint =
        client.putFaults("{\"endpoints\":{\"payments\":{\"500\":0.1}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(unknownEndpoint.statusCode()).isEqualTo(400);
    assertThat(provider.faults()).isEqualTo(ProviderFaults.parse("token:500=0.5", 42));
  }

  @Test
  void theSameSeedFaultsTheSameRequests() {
    provider.faults(ProviderFaults.parse("accounts:500=0.3,504=0.3", 1234));
    List<Integer> first = statusesOfAccountRequests(30);
    provider.faults(ProviderFaults.parse("accounts:500=0.3,504=0.3", 1234));
    List<Integer> second = statusesOfAccountRequests(30);
    provider.faults(ProviderFaults.parse("accounts:500=0.3,504=0.3", 4321));
    List<Integer> otherSeed = statusesOfAccountRequests(30);

    assertThat(first).contains(200, 500, 504);
    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void callsAreCountedPerEndpointFaultedOnesIncluded() {
    provider.faults(ProviderFaults.parse("transactions:504=1.0", 42));
    client.get(ACCOUNTS, accessToken, consentId);
    client.get(ACCOUNTS, accessToken, consentId);
    client.get(transactions, accessToken, consentId);
    client.get(ACCOUNTS + "/x/balances", null, null);
    client.discover();

    JsonNode overHttp = json(client.sandbox("GET", "/sandbox/calls").body());
    JsonNode afterReset = json(client.sandbox("POST", "/sandbox/calls/reset").body());

    assertThat(overHttp.path("accounts").asLong()).isEqualTo(2);
    assertThat(overHttp.path("transactions").asLong()).isEqualTo(1);
    assertThat(overHttp.path("balances").asLong()).isEqualTo(1);
    assertThat(overHttp.path("well-known").asLong()).isEqualTo(1);
    assertThat(overHttp.path("token").asLong()).isZero();
    assertThat(overHttp.size()).isEqualTo(ProviderEndpoint.values().length);
    assertThat(afterReset.path("accounts").asLong()).isZero();
    assertThat(provider.calls()).containsEntry("accounts", 0L).containsEntry("transactions", 0L);
  }

  @Test
  void theFlagSyntaxReadsEveryKey() {
    ProviderFaults faults =
        ProviderFaults.parse(
            "transactions:504=0.2,latency=20;accounts:500=0.1,drop=0.05,429=0.01", 9);

    assertThat(faults.of(ProviderEndpoint.TRANSACTIONS))
        .isEqualTo(new EndpointFaults(0.2, 0.0, 0.0, 0.0, Duration.ofMillis(20)));
    assertThat(faults.of(ProviderEndpoint.ACCOUNTS))
        .isEqualTo(new EndpointFaults(0.0, 0.1, 0.01, 0.05, Duration.ZERO));
    assertThat(faults.of(ProviderEndpoint.TOKEN)).isEqualTo(EndpointFaults.NONE);
    assertThat(faults.seed()).isEqualTo(9);
    assertThat(faults.describe())
        .isEqualTo(
            "accounts 500 10%, 429 1%, drop 5%; transactions 504 20%, latency 20 ms (seed 9)");
    assertThatThrownBy(() -> ProviderFaults.parse("transfers:504=0.2", 9))
        .hasMessageContaining("transactions");
    assertThatThrownBy(() -> ProviderFaults.parse("accounts:503=0.2", 9))
        .hasMessageContaining("504");
  }

  private List<Integer> statusesOfAccountRequests(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> client.get(ACCOUNTS, accessToken, consentId).statusCode())
        .toList();
  }
}
