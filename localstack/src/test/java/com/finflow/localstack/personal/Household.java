package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.localstack.flow.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Two users of one organization: its admin, who registered it, and a member, the owner of the
 * personal data under test. Personal data is each user's own, so the admin must see none of it.
 */
record Household(ApiClient api, String owner, String admin) {

  static Household register(ApiClient api) {
    String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
    String password = "correct horse " + UUID.randomUUID();
    assertThat(
            api.post(
                    "/auth/register",
                    Optional.empty(),
                    "{\"email\":\""
                        + adminEmail
                        + "\",\"password\":\""
                        + password
                        + "\",\"organization_name\":\"Household "
                        + UUID.randomUUID()
                        + "\"}")
                .status())
        .isEqualTo(201);
    String admin = signIn(api, adminEmail, password);
    String ownerEmail = "owner-" + UUID.randomUUID() + "@example.com";
    assertThat(
            api.post(
                    "/organizations/me/members",
                    Optional.of(admin),
                    "{\"email\":\""
                        + ownerEmail
                        + "\",\"password\":\""
                        + password
                        + "\",\"role\":\"member\"}")
                .status())
        .isEqualTo(201);
    return new Household(api, signIn(api, ownerEmail, password), admin);
  }

  /** A request with any method, a JSON body when one is given. */
  ApiClient.Reply send(String method, String token, String path, String json) {
    return api.send(
        method,
        path,
        Optional.of(token),
        json.isEmpty() ? Map.of() : Map.of("content-type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  private static String signIn(ApiClient api, String email, String password) {
    return api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
        .json()
        .get("access_token")
        .asText();
  }
}
