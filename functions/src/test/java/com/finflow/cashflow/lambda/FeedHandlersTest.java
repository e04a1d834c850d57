package com.finflow.cashflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.cashflow.ChangeFeedStatus;
import com.finflow.cashflow.FeedSecrets;
import com.finflow.cashflow.GetFeed;
import com.finflow.cashflow.InMemoryFeedRegistry;
import com.finflow.cashflow.RegisterFeed;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import com.finflow.webhooks.WebhookAddress;
import java.net.InetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feed routes fed the sample events of {@code events/cashflow}, on the fakes. */
class FeedHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-cashflow");

  private final InMemoryFeedRegistry feeds = new InMemoryFeedRegistry();
  private final Map<String, String> secrets = new HashMap<>();
  private final FeedSecrets secretStore =
      new FeedSecrets() {
        @Override
        public String store(String organizationId, String feedId, String apiKey) {
          secrets.put(organizationId + "/" + feedId, apiKey);
          return "finflow/cashflow-feeds/" + organizationId + "/" + feedId;
        }

        @Override
        public String read(String secretName) {
          throw new UnsupportedOperationException();
        }
      };
  // data.example.com resolves to a public address; internal.example.com to a private one.
  private final WebhookAddress address =
      new WebhookAddress(
          Set.of(),
          host ->
              List.of(
                  InetAddress.getByAddress(
                      host,
                      host.startsWith("internal")
                          ? new byte[] {10, 0, 0, 7}
                          : new byte[] {93, (byte) 184, (byte) 215, 14})));
  private final RegisterFeedHandler register =
      new RegisterFeedHandler(new RegisterFeed(feeds, secretStore, Clock.systemUTC()), address);

  @Test
  void registersAFeedKeepingItsKeySecretThenShowsAndPausesIt() throws Exception {
    APIGatewayV2HTTPResponse created =
        register.handleRequest(SampleEvents.httpEvent("cashflow/register-feed.json"), CONTEXT);
    APIGatewayV2HTTPResponse again =
        register.handleRequest(SampleEvents.httpEvent("cashflow/register-feed.json"), CONTEXT);
    APIGatewayV2HTTPResponse shown =
        new GetFeedHandler(new GetFeed(feeds, Clock.systemUTC()))
            .handleRequest(SampleEvents.httpEvent("cashflow/get-feed.json"), CONTEXT);
    APIGatewayV2HTTPResponse paused =
        new ChangeFeedStatusHandler(new ChangeFeedStatus(feeds, Clock.systemUTC()))
            .handleRequest(SampleEvents.httpEvent("cashflow/pause-feed.json"), CONTEXT);

    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(again.getStatusCode()).isEqualTo(200);
    assertThat(created.getBody()).doesNotContain("k-7f3a9c");
    assertThat(secrets).containsValue("k-7f3a9c");
    JsonNode feed = Json.MAPPER.readTree(shown.getBody());
    assertThat(feed.get("has_api_key").asBoolean()).isTrue();
    assertThat(feed.get("status").asText()).isEqualTo("active");
    assertThat(feed.get("sources").get("SEPA").get("caught_up").asBoolean()).isFalse();
    assertThat(feed.get("sources").get("SEPA").has("cursor")).isFalse();
    assertThat(Json.MAPPER.readTree(paused.getBody()).get("status").asText()).isEqualTo("paused");
    assertThat(feeds.active()).isEmpty();
  }

  @Test
  void refusesAPrivateAddressAPlainHttpOneAndAnUnknownKindNamingEachField() throws Exception {
    APIGatewayV2HTTPEvent bad = SampleEvents.httpEvent("cashflow/register-feed.json");
    bad.setBody("{\"base_url\": \"https://internal.example.com/api\", \"kind\": \"csv\"}");
    APIGatewayV2HTTPEvent plain = SampleEvents.httpEvent("cashflow/register-feed.json");
    plain.setBody("{\"base_url\": \"http://data.example.com/api\", \"kind\": \"cdm\"}");

    JsonNode problem = Json.MAPPER.readTree(register.handleRequest(bad, CONTEXT).getBody());
    JsonNode plainProblem = Json.MAPPER.readTree(register.handleRequest(plain, CONTEXT).getBody());

    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("errors"))
        .extracting(error -> error.get("pointer").asText())
        .containsExactly("/base_url", "/kind");
    assertThat(plainProblem.get("errors").get(0).get("detail").asText()).contains("https");
    assertThat(feeds.active()).isEmpty();
  }

  @Test
  void anotherOrganizationsFeedIsNotFound() throws Exception {
    register.handleRequest(SampleEvents.httpEvent("cashflow/register-feed.json"), CONTEXT);
    APIGatewayV2HTTPEvent stranger = SampleEvents.httpEvent("cashflow/get-feed.json");
    stranger.getRequestContext().getAuthorizer().getLambda().put("organization_id", "someone-else");

    APIGatewayV2HTTPResponse response =
        new GetFeedHandler(new GetFeed(feeds, Clock.systemUTC())).handleRequest(stranger, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(404);
  }
}
