package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.Email;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Identity and tenancy through the real stack: HTTP API, Lambda authorizer, DynamoDB, KMS. */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityFlowTest {

  private static final String SIGNING_KEY_ALIAS = "alias/finflow-token-signing";

  // Everything secret this test sends, to look for afterwards in the tables and the logs.
  private final List<String> secretsSent = new ArrayList<>();
  private final List<String> emailsSent = new ArrayList<>();
  private ApiClient api;
  private LocalStackRuntime runtime;

  @BeforeAll
  void connect(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
  }

  @Test
  void aRegisteredAdminSignsInAndSeesThemself() {
    Session admin = registerAndSignIn("Acme");

    ApiClient.Reply me = api.get("/users/me", Optional.of(admin.accessToken()));

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("role").asText()).isEqualTo("admin");
    assertThat(me.json().get("organization_name").asText()).isEqualTo("Acme");
  }

  @Test
  void aMissingTokenIs401() {
    assertThat(api.get("/users/me", Optional.empty()).status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenSignedByTheRealKeyIs401() {
    Session admin = registerAndSignIn("Expired Ltd");
    AccessTokens twentyMinutesAgo =
        tokensAt(Instant.now().minus(Duration.ofMinutes(20)), "finflow-api");

    String expired = twentyMinutesAgo.issue(userOf(admin));

    assertThat(api.get("/users/me", Optional.of(expired)).status()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceSignedByTheRealKeyIs401() {
    Session admin = registerAndSignIn("Audience Ltd");

    String otherAudience = tokensAt(Instant.now(), "some-other-api").issue(userOf(admin));

    assertThat(api.get("/users/me", Optional.of(otherAudience)).status()).isEqualTo(401);
  }

  @Test
  void aTamperedTokenIs401() {
    Session admin = registerAndSignIn("Tamper Ltd");
    String[] parts = admin.accessToken().split("\\.");
    String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64URL.encode(claims.replace("\"admin\"", "\"member\""))
            + "."
            + parts[2];

    assertThat(forged).isNotEqualTo(admin.accessToken());
    assertThat(api.get("/users/me", Optional.of(admin.accessToken())).status()).isEqualTo(200);
    assertThat(api.get("/users/me", Optional.of(forged)).status()).isEqualTo(401);
  }

  @Test
  void anUnsignedAlgNoneTokenIs401() throws Exception {
    Session admin = registerAndSignIn("None Ltd");
    JWTClaimsSet claims = SignedJWT.parse(admin.accessToken()).getJWTClaimsSet();

    assertThat(api.get("/users/me", Optional.of(new PlainJWT(claims).serialize())).status())
        .isEqualTo(401);
  }

  @Test
  void anotherOrganizationsAccountIs404AndRevealsNothing() {
    Session owner = registerAndSignIn("Owner Ltd");
    Session stranger = registerAndSignIn("Stranger Ltd");
    String iban = "DE89370400440532013000";
    assertThat(
            api.post("/accounts", Optional.of(owner.accessToken()), account(iban, "1000.00"))
                .status())
        .isEqualTo(201);

    ApiClient.Reply peek = api.get("/accounts/" + iban, Optional.of(stranger.accessToken()));

    assertThat(peek.status()).isEqualTo(404);
    assertThat(peek.body()).doesNotContain("1000.00").doesNotContain("COBADEFFXXX");
    assertThat(
            api.get("/accounts/" + iban, Optional.of(owner.accessToken()))
                .json()
                .get("available")
                .asText())
        .isEqualTo("1000.00");
  }

  @Test
  void aMemberCallingAnAdminRouteIs403() {
    Session admin = registerAndSignIn("Roles Ltd");
    String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
    String memberPassword = remember("member " + UUID.randomUUID());
    emailsSent.add(memberEmail);
    ApiClient.Reply added =
        api.post(
            "/organizations/me/members",
            Optional.of(admin.accessToken()),
            "{\"email\":\""
                + memberEmail
                + "\",\"password\":\""
                + memberPassword
                + "\",\"role\":\"member\"}");
    assertThat(added.status()).isEqualTo(201);
    Session member = signIn(memberEmail, memberPassword);

    ApiClient.Reply opened =
        api.post(
            "/accounts",
            Optional.of(member.accessToken()),
            account("GB33BUKB20201555555555", "5.00"));

    assertThat(opened.status()).isEqualTo(403);
    assertThat(opened.header("content-type")).contains("application/problem+json");
  }

  @Test
  void reusingARefreshTokenRevokesTheWholeFamily() {
    Session first = registerAndSignIn("Refresh Ltd");
    ApiClient.Reply rotated = refresh(first.refreshToken());
    assertThat(rotated.status()).isEqualTo(200);
    String second = remember(rotated.json().get("refresh_token").asText());

    assertThat(refresh(first.refreshToken()).status()).isEqualTo(401);

    assertThat(refresh(second).status()).isEqualTo(401);
  }

  @Test
  void theSixthFailedLoginIs429WithRetryAfter() {
    Session admin = registerAndSignIn("Throttle Ltd");
    String wrong =
        "{\"email\":\""
            + admin.email()
            + "\",\"password\":\""
            + remember("not the password")
            + "\"}";
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(api.post("/auth/login", Optional.empty(), wrong).status())
          .as("attempt %d", attempt)
          .isEqualTo(401);
    }

    ApiClient.Reply sixth =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + admin.email() + "\",\"password\":\"" + admin.password() + "\"}");

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.header("retry-after"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
  }

  @AfterAll
  void noTableHoldsAPasswordOrARefreshTokenInTheClear() {
    var dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    StringBuilder everything = new StringBuilder();
    for (String table : dynamoDb.listTables().tableNames()) {
      dynamoDb
          .scanPaginator(request -> request.tableName(table))
          .items()
          .forEach(item -> everything.append(item));
    }

    assertThat(everything.toString()).contains("$argon2id$");
    assertThat(secretsSent)
        .isNotEmpty()
        .allSatisfy(secret -> assertThat(everything.toString()).doesNotContain(secret));
  }

  @AfterAll
  void noLogLineHoldsATokenAPasswordOrAnEmail() {
    String logs = RunningFinflow.capturedOutput();

    assertThat(logs).contains("request served");
    assertThat(secretsSent).allSatisfy(secret -> assertThat(logs).doesNotContain(secret));
    assertThat(emailsSent).isNotEmpty().allSatisfy(email -> assertThat(logs).doesNotContain(email));
  }

  private Session registerAndSignIn(String organization) {
    String email = "admin-" + UUID.randomUUID() + "@example.com";
    String password = remember("correct horse " + UUID.randomUUID());
    emailsSent.add(email);
    ApiClient.Reply registered =
        api.post(
            "/auth/register",
            Optional.empty(),
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + password
                + "\",\"organization_name\":\""
                + organization
                + "\"}");
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return signIn(email, password);
  }

  private Session signIn(String email, String password) {
    ApiClient.Reply login =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    JsonNode pair = login.json();
    return new Session(
        email,
        password,
        remember(pair.get("access_token").asText()),
        remember(pair.get("refresh_token").asText()));
  }

  private ApiClient.Reply refresh(String refreshToken) {
    ApiClient.Reply reply =
        api.post("/auth/refresh", Optional.empty(), "{\"refresh_token\":\"" + refreshToken + "\"}");
    if (reply.status() == 200) {
      remember(reply.json().get("access_token").asText());
    }
    return reply;
  }

  private User userOf(Session session) {
    JsonNode me = api.get("/users/me", Optional.of(session.accessToken())).json();
    return new User(
        me.get("id").asText(),
        me.get("organization_id").asText(),
        new Email(session.email()),
        Role.ADMIN,
        Instant.now());
  }

  private AccessTokens tokensAt(Instant issuedAt, String audience) {
    return new AccessTokens(
        new KmsTestSigner(TestClients.kms(runtime.awsEndpoint()), SIGNING_KEY_ALIAS),
        "finflow",
        audience,
        Clock.fixed(issuedAt, ZoneOffset.UTC));
  }

  private String remember(String secret) {
    secretsSent.add(secret);
    return secret;
  }

  private static String account(String iban, String balance) {
    return "{\"iban\":\""
        + iban
        + "\",\"bic\":\"COBADEFFXXX\",\"currency\":\"EUR\",\"initial_balance\":\""
        + balance
        + "\"}";
  }

  private record Session(String email, String password, String accessToken, String refreshToken) {}
}
