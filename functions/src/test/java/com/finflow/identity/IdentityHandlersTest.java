package com.finflow.identity;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of identity: sample events in, statuses and bodies out. */
class IdentityHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-identity");

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final AccessTokens accessTokens = new AccessTokens(new InMemoryTokenSigner("k"), "finflow", "finflow-api", Clock.systemUTC());
  private final Sessions sessions = new Sessions(directory, refreshTokens, new InMemoryLoginAttempts(), accessTokens,
      LoginLimits.DEFAULT, Clock.systemUTC());
  private final Registration registration = new Registration(directory, new PasswordPolicy(), Clock.systemUTC());

  @Test
  void registersThenSignsInThenRefreshesThenSignsOut() throws Exception {
    APIGatewayV2HTTPResponse registered = new RegisterHandler(registration).handleRequest(event("identity/register.json"), CONTEXT);
    assertThat(registered.getStatusCode()).isEqualTo(201);
    assertThat(json(registered).get("role").asText()).isEqualTo("admin");
    assertThat(registered.getBody()).doesNotContain("password");

    APIGatewayV2HTTPResponse login = new LoginHandler(sessions).handleRequest(event("identity/login.json"), CONTEXT);
    assertThat(login.getStatusCode()).isEqualTo(200);
    JsonNode pair = json(login);
    assertThat(pair.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(pair.get("expires_in").asInt()).isEqualTo(900);

    APIGatewayV2HTTPEvent refresh = withBody(event("identity/refresh.json"),
        "{\"refresh_token\":\"" + pair.get("refresh_token").asText() + "\"}");
    APIGatewayV2HTTPResponse refreshed = new RefreshHandler(sessions).handleRequest(refresh, CONTEXT);
    assertThat(refreshed.getStatusCode()).isEqualTo(200);

    APIGatewayV2HTTPEvent logout = withBody(event("identity/logout.json"),
        "{\"refresh_token\":\"" + json(refreshed).get("refresh_token").asText() + "\"}");
    assertThat(new LogoutHandler(sessions).handleRequest(logout, CONTEXT).getStatusCode()).isEqualTo(204);
    assertThat(refreshTokens.revoked).hasSize(1);
  }

  @Test
  void answers429WithRetryAfterOnTheSixthFailedLogin() throws Exception {
    new RegisterHandler(registration).handleRequest(event("identity/register.json"), CONTEXT);
    APIGatewayV2HTTPEvent wrong = withBody(event("identity/login.json"),
        "{\"email\":\"jane@example.com\",\"password\":\"not my password\"}");
    LoginHandler login = new LoginHandler(sessions);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(login.handleRequest(wrong, CONTEXT).getStatusCode()).isEqualTo(401);
    }

    APIGatewayV2HTTPResponse sixth = login.handleRequest(event("identity/login.json"), CONTEXT);

    assertThat(sixth.getStatusCode()).isEqualTo(429);
    assertThat(sixth.getHeaders()).containsKey("retry-after");
    assertThat(Long.parseLong(sixth.getHeaders().get("retry-after"))).isBetween(1L, 900L);
    assertThat(sixth.getHeaders()).containsEntry("content-type", "application/problem+json");
  }

  @Test
  void forbidsAMemberToAddMembersWith403() throws Exception {
    APIGatewayV2HTTPEvent event = event("identity/add-member.json");
    event.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    APIGatewayV2HTTPResponse response = new AddMemberHandler(registration).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(json(response).get("type").asText()).isEqualTo("urn:finflow:problem:forbidden");
  }

  @Test
  void refusesAProtectedRouteReachedWithoutTheAuthorizer() {
    APIGatewayV2HTTPEvent event = event("identity/get-current-user.json");
    event.getRequestContext().setAuthorizer(null);

    APIGatewayV2HTTPResponse response = new CurrentUserHandler(new CurrentUser(directory)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(401);
  }

  @Test
  void describesTheSignedInUser() throws Exception {
    JsonNode admin = json(new RegisterHandler(registration).handleRequest(event("identity/register.json"), CONTEXT));
    APIGatewayV2HTTPEvent event = event("identity/get-current-user.json");
    event.getRequestContext().getAuthorizer().getLambda().put("user_id", admin.get("id").asText());
    event.getRequestContext().getAuthorizer().getLambda().put("organization_id", admin.get("organization_id").asText());

    APIGatewayV2HTTPResponse response = new CurrentUserHandler(new CurrentUser(directory)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(json(response).get("organization_name").asText()).isEqualTo("Acme Payroll");
    assertThat(response.getBody()).doesNotContain("argon2");
  }

  private static APIGatewayV2HTTPEvent event(String path) {
    return SampleEvents.httpEvent(path);
  }

  private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String body) {
    event.setBody(body);
    return event;
  }

  private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
    return Json.MAPPER.readTree(response.getBody());
  }
}
