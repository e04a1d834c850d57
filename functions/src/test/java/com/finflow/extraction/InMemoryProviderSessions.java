package com.finflow.extraction;

import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Provider sessions in memory, each forgotten at its expiry by the clock given. */
public final class InMemoryProviderSessions implements ProviderSessions {

  private record Kept(Object value, Instant until) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryProviderSessions(Clock clock) {
    this.clock = clock;
  }

  public InMemoryProviderSessions() {
    this(Clock.systemUTC());
  }

  @Override
  public Optional<ClientCredentials> client(String organizationId, String providerName) {
    return find(organizationId, "client", providerName, ClientCredentials.class);
  }

  @Override
  public void keepClient(
      String organizationId, String providerName, ClientCredentials client, Instant until) {
    keep(organizationId, "client", providerName, client, until);
  }

  @Override
  public Optional<AccessToken> accessToken(String organizationId, String clientId) {
    return find(organizationId, "access-token", clientId, AccessToken.class);
  }

  @Override
  public void keepAccessToken(
      String organizationId, String clientId, AccessToken token, Instant until) {
    keep(organizationId, "access-token", clientId, token, until);
  }

  @Override
  public Optional<AuthorisedConsent> consent(String organizationId, Cpf user) {
    return find(organizationId, "consent", user.digits(), AuthorisedConsent.class);
  }

  @Override
  public void keepConsent(String organizationId, Cpf user, String consentId, Instant until) {
    keep(organizationId, "consent", user.digits(), new AuthorisedConsent(consentId, until), until);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<List<Account>> accounts(String organizationId, String consentId) {
    return find(organizationId, "accounts", consentId, List.class)
        .map(accounts -> (List<Account>) accounts);
  }

  @Override
  public void keepAccounts(
      String organizationId, String consentId, List<Account> accounts, Instant until) {
    keep(organizationId, "accounts", consentId, List.copyOf(accounts), until);
  }

  private <T> Optional<T> find(String organizationId, String kind, String key, Class<T> type) {
    return Optional.ofNullable(kept.get(organizationId + "|" + kind + "|" + key))
        .filter(entry -> clock.instant().isBefore(entry.until()))
        .map(entry -> type.cast(entry.value()));
  }

  private void keep(String organizationId, String kind, String key, Object value, Instant until) {
    kept.put(organizationId + "|" + kind + "|" + key, new Kept(value, until));
  }
}
