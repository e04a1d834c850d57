package com.finflow.identity.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.Authorizer;
import com.finflow.identity.Email;
import com.finflow.identity.InMemoryTokenSigner;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizerHandlerTest {

  private static final InMemoryTokenSigner KEY = new InMemoryTokenSigner("key-1");
  private final AccessTokens tokens =
      new AccessTokens(KEY, "finflow", "finflow-api", Clock.systemUTC());
  private final AuthorizerHandler authorizer = new AuthorizerHandler(new Authorizer(tokens));

  @Test
  void authorizesAValidTokenAndHandsTheRouteItsCaller() {
    User jane =
        new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, Instant.now());
    APIGatewayV2CustomAuthorizerEvent event =
        eventWithAuthorization("Bearer " + tokens.issue(jane));

    Map<String, Object> answer =
        authorizer.handleRequest(event, new TestContext("finflow-authorizer"));

    assertThat(answer).containsEntry("isAuthorized", true);
    assertThat(answer.get("context"))
        .isEqualTo(Map.of("user_id", "user-1", "organization_id", "org-1", "role", "admin"));
  }

  @Test
  void readsAValidTokensEventFromTheWireAndWritesTheSimpleResponse() throws Exception {
    User jane =
        new User("user-1", "org-1", new Email("jane@example.com"), Role.MEMBER, Instant.now());
    String sample =
        Files.readString(SampleEvents.path("identity/authorizer.json"))
            .replace(
                "Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.example.signature",
                "Bearer " + tokens.issue(jane));
    ByteArrayOutputStream answer = new ByteArrayOutputStream();

    authorizer.handleRequest(
        new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)),
        answer,
        new TestContext("finflow-authorizer"));

    JsonNode written = new ObjectMapper().readTree(answer.toByteArray());
    assertThat(written.path("isAuthorized").asBoolean()).isTrue();
    assertThat(written.path("context").path("role").asText()).isEqualTo("member");
    assertThat(written.path("context").path("user_id").asText()).isEqualTo("user-1");
  }

  @Test
  void failsWithUnauthorizedForTheSampleEventsPlaceholderToken() {
    APIGatewayV2CustomAuthorizerEvent event =
        SampleEvents.event("identity/authorizer.json", APIGatewayV2CustomAuthorizerEvent.class);

    assertThatThrownBy(() -> authorizer.handleRequest(event, new TestContext("finflow-authorizer")))
        .hasMessage("Unauthorized");
  }

  @Test
  void failsWithUnauthorizedForAHeaderThatIsNotABearerToken() {
    User jane =
        new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, Instant.now());
    APIGatewayV2CustomAuthorizerEvent event = eventWithAuthorization("Basic " + tokens.issue(jane));

    assertThatThrownBy(() -> authorizer.handleRequest(event, new TestContext("finflow-authorizer")))
        .hasMessage("Unauthorized");
  }

  private static APIGatewayV2CustomAuthorizerEvent eventWithAuthorization(String header) {
    APIGatewayV2CustomAuthorizerEvent event =
        SampleEvents.event("identity/authorizer.json", APIGatewayV2CustomAuthorizerEvent.class);
    event.setIdentitySource(List.of(header));
    event.setHeaders(Map.of("authorization", header));
    return event;
  }
}
