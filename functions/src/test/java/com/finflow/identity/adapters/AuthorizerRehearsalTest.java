package com.finflow.identity.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.identity.AccessTokens;
import com.finflow.identity.Authorizer;
import com.finflow.identity.AuthorizerRehearsal;
import com.finflow.identity.InMemoryTokenSigner;
import com.finflow.identity.InvalidAccessToken;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AuthorizerRehearsalTest {

  @Test
  void theRehearsalsAuthorizerAcceptsItsOwnTokenForNobody() {
    AuthorizerRehearsal rehearsal = IdentityWiring.authorizerRehearsal();

    assertThat(rehearsal.authorizer().authorize(rehearsal.token()).organizationId())
        .isEqualTo("00000000-0000-7000-8000-00000000beef");
  }

  @Test
  void aRealKeyRefusesTheRehearsalsToken() {
    AuthorizerRehearsal rehearsal = IdentityWiring.authorizerRehearsal();
    Authorizer real =
        new Authorizer(
            new AccessTokens(
                new InMemoryTokenSigner("throwaway"), "finflow", "finflow-api", Clock.systemUTC()));

    assertThatThrownBy(() -> real.authorize(rehearsal.token()))
        .isInstanceOf(InvalidAccessToken.class);
  }

  @Test
  void eachRehearsalHasAKeyOfItsOwn() {
    AuthorizerRehearsal first = IdentityWiring.authorizerRehearsal();
    AuthorizerRehearsal second = IdentityWiring.authorizerRehearsal();

    assertThatThrownBy(() -> second.authorizer().authorize(first.token()))
        .isInstanceOf(InvalidAccessToken.class);
  }
}
