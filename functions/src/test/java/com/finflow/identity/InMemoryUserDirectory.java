package com.finflow.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryUserDirectory implements UserDirectory {

  final Map<String, Organization> organizations = new ConcurrentHashMap<>();
  final Map<String, User> users = new ConcurrentHashMap<>();
  final Map<String, Credentials> credentials = new ConcurrentHashMap<>();

  @Override
  public synchronized boolean registerOrganization(Organization organization, User admin, PasswordHash passwordHash) {
    if (credentials.containsKey(admin.email().value())) {
      return false;
    }
    organizations.put(organization.id(), organization);
    return addMember(admin, passwordHash);
  }

  @Override
  public synchronized boolean addMember(User member, PasswordHash passwordHash) {
    if (credentials.containsKey(member.email().value()) || !organizations.containsKey(member.organizationId())) {
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
}
