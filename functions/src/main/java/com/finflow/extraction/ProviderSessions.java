package com.finflow.extraction;

import com.finflow.extraction.OpenFinanceProvider.AccessToken;
import com.finflow.extraction.OpenFinanceProvider.Account;
import com.finflow.extraction.OpenFinanceProvider.ClientCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an Open Finance provider granted an organization, kept until shortly before it expires so
 * the next extraction need not ask again: the client it registered, that client's access token,
 * each user's authorised consent, and the accounts each consent covers. They are secrets, or name a
 * user: kept encrypted, per organization.
 *
 * <p>Each {@code keep} replaces what was kept under the same name, until {@code until}: pass a
 * moment shortly before the provider's own expiry, so that what is found is still valid for the
 * call that uses it. Nothing is found once its {@code until} has passed.
 */
public interface ProviderSessions {

  /**
   * @param providerName which provider registered the client, so that another never sees its
   *     credentials
   */
  Optional<ClientCredentials> client(String organizationId, String providerName);

  void keepClient(
      String organizationId, String providerName, ClientCredentials client, Instant until);

  Optional<AccessToken> accessToken(String organizationId, String clientId);

  void keepAccessToken(String organizationId, String clientId, AccessToken token, Instant until);

  /** The consent the user authorised, and until when it is kept. */
  Optional<AuthorisedConsent> consent(String organizationId, Cpf user);

  void keepConsent(String organizationId, Cpf user, String consentId, Instant until);

  Optional<List<Account>> accounts(String organizationId, String consentId);

  void keepAccounts(String organizationId, String consentId, List<Account> accounts, Instant until);

  /**
   * @param until when the kept consent is forgotten: shortly before the provider's own expiry
   */
  record AuthorisedConsent(String id, Instant until) {}
}
