package com.finflow.identity.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.AddMember;
import com.finflow.identity.CurrentUser;
import com.finflow.identity.InMemoryLoginAttempts;
import com.finflow.identity.InMemoryRefreshTokenStore;
import com.finflow.identity.InMemoryTokenSigner;
import com.finflow.identity.InMemoryUserDirectory;
import com.finflow.identity.Login;
import com.finflow.identity.LoginLimits;
import com.finflow.identity.Logout;
import com.finflow.identity.Refresh;
import com.finflow.identity.Register;
import com.finflow.shared.Json;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The HTTP side of identity: sample events in, statuses and bodies out. */
class IdentityHandlersTest {

  private static final TestContext CONTEXT = new TestContext("finflow-identity");

  private final InMemoryUserDirectory directory = new InMemoryUserDirectory();
  private final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
  private final AccessTokens accessTokens =
      new AccessTokens(new InMemoryTokenSigner("k"), "finflow", "finflow-api", Clock.systemUTC());
  private final Login login =
      new Login(
          directory,
          refreshTokens,
          new InMemoryLoginAttempts(),
          accessTokens,
          LoginLimits.DEFAULT,
          Clock.systemUTC());
  private final Register register = new Register(directory, Clock.systemUTC());
  private final AddMember addMember = new AddMember(directory, directory, Clock.systemUTC());

  @Test
  void registersThenSignsInThenRefreshesThenSignsOut() throws Exception {
    APIGatewayV2HTTPResponse registered =
        new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);
    assertThat(registered.getStatusCode()).isEqualTo(201);
    assertThat(json(registered).get("role").asText()).isEqualTo("admin");
    assertThat(registered.getBody()).doesNotContain("password");

    APIGatewayV2HTTPResponse signedIn =
        new LoginHandler(login).handleRequest(event("identity/login.json"), CONTEXT);
    assertThat(signedIn.getStatusCode()).isEqualTo(200);
    JsonNode pair = json(signedIn);
    assertThat(pair.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(pair.get("expires_in").asInt()).isEqualTo(900);

    APIGatewayV2HTTPEvent refresh =
        withBody(
            event("identity/refresh.json"),
            "{\"refresh_token\":\"" + pair.get("refresh_token").asText() + "\"}");
    RefreshHandler refreshHandler =
        new RefreshHandler(new Refresh(refreshTokens, directory, accessTokens, Clock.systemUTC()));
    APIGatewayV2HTTPResponse refreshed = refreshHandler.handleRequest(refresh, CONTEXT);
    assertThat(refreshed.getStatusCode()).isEqualTo(200);

    APIGatewayV2HTTPEvent logout =
        withBody(
            event("identity/logout.json"),
            "{\"refresh_token\":\"" + json(refreshed).get("refresh_token").asText() + "\"}");
    assertThat(
            new LogoutHandler(new Logout(refreshTokens))
                .handleRequest(logout, CONTEXT)
                .getStatusCode())
        .isEqualTo(204);
    assertThat(refreshTokens.revokedFamilies()).hasSize(1);
  }

  @Test
  void answers429WithRetryAfterOnTheSixthFailedLogin() throws Exception {
    new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);
    APIGatewayV2HTTPEvent wrong =
        withBody(
            event("identity/login.json"),
            "{\"email\":\"jane@example.com\",\"password\":\"not my password\"}");
    LoginHandler handler = new LoginHandler(login);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(handler.handleRequest(wrong, CONTEXT).getStatusCode()).isEqualTo(401);
    }

    APIGatewayV2HTTPResponse sixth = handler.handleRequest(event("identity/login.json"), CONTEXT);

    assertThat(sixth.getStatusCode()).isEqualTo(429);
    assertThat(sixth.getHeaders()).containsKey("retry-after");
    assertThat(Long.parseLong(sixth.getHeaders().get("retry-after"))).isBetween(1L, 900L);
    assertThat(sixth.getHeaders()).containsEntry("content-type", "application/problem+json");
  }

  @Test
  void forbidsAMemberToAddMembersWith403() throws Exception {
    APIGatewayV2HTTPEvent event = event("identity/add-member.json");
    event.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    APIGatewayV2HTTPResponse response =
        new AddMemberHandler(addMember).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(json(response).get("type").asText()).isEqualTo("urn:finflow:problem:forbidden");
  }

  @Test
  void refusesAProtectedRouteReachedWithoutTheAuthorizer() {
    APIGatewayV2HTTPEvent event = event("identity/current-user.json");
    event.getRequestContext().setAuthorizer(null);

    APIGatewayV2HTTPResponse response =
        new CurrentUserHandler(new CurrentUser(directory)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(401);
  }

  @Test
  void describesTheSignedInUser() throws Exception {
    JsonNode admin =
        json(new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT));
    APIGatewayV2HTTPEvent event = event("identity/current-user.json");
    event.getRequestContext().getAuthorizer().getLambda().put("user_id", admin.get("id").asText());
    event
        .getRequestContext()
        .getAuthorizer()
        .getLambda()
        .put("organization_id", admin.get("organization_id").asText());

    APIGatewayV2HTTPResponse response =
        new CurrentUserHandler(new CurrentUser(directory)).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(json(response).get("organization_name").asText()).isEqualTo("Acme Payroll");
    assertThat(response.getBody()).doesNotContain("argon2");
  }

  @Test
  void forbidsAMemberWith403BeforeLookingAtTheFieldsTheyAskFor() throws Exception {
    APIGatewayV2HTTPEvent event =
        withBody(event("identity/add-member.json"), "{\"email\":\"not-an-email\"}");
    event.getRequestContext().getAuthorizer().getLambda().put("role", "member");

    APIGatewayV2HTTPResponse response =
        new AddMemberHandler(addMember).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(403);
  }

  @Test
  void namesEveryInvalidRegistrationFieldWithItsPointer() throws Exception {
    APIGatewayV2HTTPEvent event =
        withBody(
            event("identity/register.json"), "{\"email\":\"not-an-email\",\"password\":\"short\"}");

    APIGatewayV2HTTPResponse response = new RegisterHandler(register).handleRequest(event, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(json(response).get("type").asText())
        .isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(json(response).get("errors").findValuesAsText("pointer"))
        .containsExactlyInAnyOrder("/email", "/password", "/organization_name");
    assertThat(directory.users()).isEmpty();
  }

  @Test
  void answersAnEmailThatIsTakenWith409() throws Exception {
    new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);

    APIGatewayV2HTTPResponse again =
        new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);

    assertThat(again.getStatusCode()).isEqualTo(409);
    assertThat(json(again).get("detail").asText())
        .isEqualTo("a user with this email already exists");
  }

  @Test
  void answersAnEmailThatDiffersOnlyByCaseOrCompatibilityFormWith409() throws Exception {
    new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);
    APIGatewayV2HTTPEvent twin =
        withBody(
            event("identity/register.json"),
            "{\"email\":\"ＪＡＮＥ@Example.com\",\"password\":\"another long secret\",\"organization_name\":\"Twin\"}");

    APIGatewayV2HTTPResponse again = new RegisterHandler(register).handleRequest(twin, CONTEXT);

    assertThat(again.getStatusCode()).isEqualTo(409);
    assertThat(json(again).get("type").asText()).isEqualTo("urn:finflow:problem:conflict");
    assertThat(directory.users()).hasSize(1);
  }

  @Test
  void refusesAnEmailWhoseLocalPartMixesScriptsWith422NamingIt() throws Exception {
    APIGatewayV2HTTPEvent homoglyph =
        withBody(
            event("identity/register.json"),
            "{\"email\":\"jаne@example.com\",\"password\":\"correct horse battery\",\"organization_name\":\"Acme\"}");

    APIGatewayV2HTTPResponse response =
        new RegisterHandler(register).handleRequest(homoglyph, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(422);
    assertThat(json(response).get("type").asText())
        .isEqualTo("urn:finflow:problem:invalid-request");
    assertThat(json(response).get("errors").get(0).get("pointer").asText()).isEqualTo("/email");
    assertThat(json(response).get("errors").get(0).get("detail").asText())
        .isEqualTo("is not an email address: its local part mixes scripts (Latin, Cyrillic)");
    assertThat(directory.users()).isEmpty();
    assertThat(directory.organizations()).isEmpty();
  }

  @Test
  void signsInWithACompatibilityFormOfTheRegisteredEmail() throws Exception {
    new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);
    APIGatewayV2HTTPEvent fullWidth =
        withBody(
            event("identity/login.json"),
            "{\"email\":\"ＪＡＮＥ＠ＥＸＡＭＰＬＥ．ＣＯＭ\",\"password\":\"correct horse battery\"}");

    APIGatewayV2HTTPResponse response = new LoginHandler(login).handleRequest(fullWidth, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(json(response).get("token_type").asText()).isEqualTo("Bearer");
  }

  @Test
  void answersAWrongPasswordWith401() throws Exception {
    new RegisterHandler(register).handleRequest(event("identity/register.json"), CONTEXT);
    APIGatewayV2HTTPEvent wrong =
        withBody(
            event("identity/login.json"),
            "{\"email\":\"jane@example.com\",\"password\":\"not my password\"}");

    APIGatewayV2HTTPResponse response = new LoginHandler(login).handleRequest(wrong, CONTEXT);

    assertThat(response.getStatusCode()).isEqualTo(401);
    assertThat(json(response).get("type").asText())
        .isEqualTo("urn:finflow:problem:unauthenticated");
    assertThat(json(response).get("detail").asText())
        .isEqualTo("the email or the password is wrong");
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
