package com.finflow.extraction.adapters;

import com.finflow.extraction.Cpf;
import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import com.finflow.extraction.ProviderSessions;
import com.finflow.extraction.ProviderSessions.AuthorisedConsent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Provider sessions as sealed items of the tokens table, one purpose per kind ({@code client},
 * {@code access-token}, {@code consent}, {@code accounts}), each kind written as the JSON of a
 * record of its own. A consent is filed under the lookup key of its customer's CPF ({@link
 * CpfLookupKeys}), never under the CPF or a plain hash of it.
 *
 * <p>None of them changes before it expires, so a warm container remembers what it has kept or
 * found until then: a repeat lookup costs neither a DynamoDB read nor a KMS decryption.
 */
final class DynamoProviderSessions implements ProviderSessions {

  private static final int REMEMBERED_VALUES = 512;

  record StoredClient(String clientId, String clientSecret) {}

  record StoredToken(String value, Instant expiresAt) {}

  record StoredConsent(String consentId) {}

  record StoredAccounts(List<StoredAccount> accounts) {}

  record StoredAccount(String id, String type) {}

  private final SealedItems items;
  private final CpfLookupKeys cpfLookupKeys;
  private final ExpiringCache<SealedItems.Name, SealedItems.Found<?>> remembered;

  DynamoProviderSessions(SealedItems items, CpfLookupKeys cpfLookupKeys, Clock clock) {
    this.items = items;
    this.cpfLookupKeys = cpfLookupKeys;
    this.remembered = new ExpiringCache<>(REMEMBERED_VALUES, clock);
  }

  @Override
  public Optional<ClientCredentials> client(String organizationId, String providerName) {
    return find(clientName(organizationId, providerName), StoredClient.class)
        .map(client -> new ClientCredentials(client.clientId(), client.clientSecret()));
  }

  @Override
  public void keepClient(
      String organizationId, String providerName, ClientCredentials client, Instant until) {
    keep(
        clientName(organizationId, providerName),
        new StoredClient(client.clientId(), client.clientSecret()),
        until);
  }

  @Override
  public Optional<AccessToken> accessToken(String organizationId, String clientId) {
    return find(tokenName(organizationId, clientId), StoredToken.class)
        .map(token -> new AccessToken(token.value(), token.expiresAt()));
  }

  @Override
  public void keepAccessToken(
      String organizationId, String clientId, AccessToken token, Instant until) {
    keep(
        tokenName(organizationId, clientId),
        new StoredToken(token.value(), token.expiresAt()),
        until);
  }

  @Override
  public Optional<AuthorisedConsent> consent(String organizationId, Cpf user) {
    return findWithExpiry(consentName(organizationId, user), StoredConsent.class)
        .map(found -> new AuthorisedConsent(found.value().consentId(), found.expiresAt()));
  }

  @Override
  public void keepConsent(String organizationId, Cpf user, String consentId, Instant until) {
    keep(consentName(organizationId, user), new StoredConsent(consentId), until);
  }

  @Override
  public Optional<List<Account>> accounts(String organizationId, String consentId) {
    return find(accountsName(organizationId, consentId), StoredAccounts.class)
        .map(
            stored ->
                stored.accounts().stream()
                    .map(account -> new Account(account.id(), account.type()))
                    .toList());
  }

  @Override
  public void keepAccounts(
      String organizationId, String consentId, List<Account> accounts, Instant until) {
    keep(
        accountsName(organizationId, consentId),
        new StoredAccounts(
            accounts.stream()
                .map(account -> new StoredAccount(account.id(), account.type()))
                .toList()),
        until);
  }

  private static SealedItems.Name clientName(String organizationId, String providerName) {
    return SealedItems.Name.of(organizationId, "client", providerName);
  }

  private static SealedItems.Name tokenName(String organizationId, String clientId) {
    return SealedItems.Name.of(organizationId, "access-token", clientId);
  }

  private SealedItems.Name consentName(String organizationId, Cpf user) {
    return SealedItems.Name.ofCustomer(organizationId, "consent", cpfLookupKeys.of(user));
  }

  private static SealedItems.Name accountsName(String organizationId, String consentId) {
    return SealedItems.Name.of(organizationId, "accounts", consentId);
  }

  private <T> Optional<T> find(SealedItems.Name name, Class<T> type) {
    return findWithExpiry(name, type).map(SealedItems.Found::value);
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<SealedItems.Found<T>> findWithExpiry(SealedItems.Name name, Class<T> type) {
    return remembered
        .get(name)
        .map(found -> (SealedItems.Found<T>) found)
        .filter(found -> type.isInstance(found.value()))
        .or(
            () ->
                items
                    .get(name, type)
                    .map(
                        found -> {
                          remembered.put(name, found, found.expiresAt());
                          return found;
                        }));
  }

  private void keep(SealedItems.Name name, Object value, Instant until) {
    items.put(name, value, until);
    remembered.put(name, new SealedItems.Found<>(value, until), until);
  }
}
