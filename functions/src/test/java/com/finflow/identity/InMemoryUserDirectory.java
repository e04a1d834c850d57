package com.finflow.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users, organizations and credentials in maps, with the same uniqueness rules as the DynamoDB
 * adapter.
 */
public final class InMemoryUserDirectory implements UserDirectory, UserRegistry, CredentialStore {

  private final Map<String, Organization> organizations = new ConcurrentHashMap<>();
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Credentials> credentials = new ConcurrentHashMap<>();

  @Override
  public synchronized boolean registerOrganization(
      Organization organization, User admin, PasswordHash passwordHash) {
    if (credentials.containsKey(admin.email().value())) {
      return false;
    }
    organizations.put(organization.id(), organization);
    return addMember(admin, passwordHash);
  }

  @Override
  public synchronized boolean addMember(User member, PasswordHash passwordHash) {
    if (credentials.containsKey(member.email().value())
        || !organizations.containsKey(member.organizationId())) {
      return false;
    }
    users.put(member.id(), member);
    credentials.put(member.email().value(), new Credentials(member, passwordHash));
    return true;
  }

  @Override
  public Optional<User> findById(String userId) {
    return Optional.ofNullable(users.get(userId));
  }

  @Override
  public Optional<Credentials> credentialsOf(Email email) {
    return Optional.ofNullable(credentials.get(email.value()));
  }

  @Override
  public Optional<Organization> organization(String organizationId) {
    return Optional.ofNullable(organizations.get(organizationId));
  }

  public Map<String, Organization> organizations() {
    return Map.copyOf(organizations);
  }

  public Map<String, User> users() {
    return Map.copyOf(users);
  }
}
