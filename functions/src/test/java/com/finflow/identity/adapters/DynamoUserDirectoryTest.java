package com.finflow.identity.adapters;

import static com.finflow.identity.adapters.DynamoRefreshTokenStoreTest.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.identity.Email;
import com.finflow.identity.Organization;
import com.finflow.identity.PasswordHash;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.shared.aws.LocalDynamoDb;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DynamoUserDirectoryTest {

  private static final PasswordHash HASH = PasswordHash.of("correct horse battery");

  private final String table = LocalDynamoDb.newTable("pk");
  private final DynamoUserDirectory directory =
      new DynamoUserDirectory(LocalDynamoDb.client(), table);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void registersAnEmailOnceEvenUnderConcurrentSignUpsAndLeavesNoOrphanOrganization()
      throws Exception {
    AtomicInteger attempt = new AtomicInteger();

    List<Boolean> outcomes =
        concurrently(
            8,
            () -> {
              Organization organization =
                  new Organization(
                      UUID.randomUUID().toString(), "Org " + attempt.incrementAndGet(), now);
              User admin =
                  new User(
                      UUID.randomUUID().toString(),
                      organization.id(),
                      new Email("jane@example.com"),
                      Role.ADMIN,
                      now);
              return directory.registerOrganization(organization, admin, HASH);
            });

    assertThat(outcomes).containsOnlyOnce(true);
    assertThat(LocalDynamoDb.scan(table))
        .filteredOn(item -> item.get("pk").s().startsWith("ORG#"))
        .hasSize(1);
  }

  @Test
  void findsTheCredentialsAndProfileOfARegisteredUser() {
    Organization organization = new Organization("org-1", "Acme", now);
    User admin = new User("user-1", "org-1", new Email("jane@example.com"), Role.ADMIN, now);
    directory.registerOrganization(organization, admin, HASH);

    assertThat(directory.credentialsOf(new Email("jane@example.com")).orElseThrow().passwordHash())
        .isEqualTo(HASH);
    assertThat(directory.findById("user-1")).contains(admin);
    assertThat(directory.organization("org-1")).contains(organization);
  }

  @Test
  void keysAUserByTheCanonicalEmailSoThatATwinSpellingIsTheSameUser() {
    Email registered = Email.parse("Jane@Example.com").orElseThrow();
    Email twin = Email.parse("ＪＡＮＥ@example.com").orElseThrow();
    directory.registerOrganization(
        new Organization("org-1", "Acme", now),
        new User("user-1", "org-1", registered, Role.ADMIN, now),
        HASH);

    boolean second =
        directory.registerOrganization(
            new Organization("org-2", "Twin", now),
            new User("user-2", "org-2", twin, Role.ADMIN, now),
            HASH);

    assertThat(second).isFalse();
    assertThat(directory.credentialsOf(twin).orElseThrow().user().id()).isEqualTo("user-1");
    assertThat(LocalDynamoDb.scan(table))
        .extracting(item -> item.get("pk").s())
        .containsExactlyInAnyOrder("ORG#org-1", "USER#user-1", "EMAIL#jane@example.com");
  }

  @Test
  void refusesAMemberOfAnOrganizationThatDoesNotExist() {
    User orphan = new User("user-2", "no-such-org", new Email("joe@example.com"), Role.MEMBER, now);

    assertThat(directory.addMember(orphan, HASH)).isFalse();
    assertThat(LocalDynamoDb.scan(table)).isEmpty();
  }

  @Test
  void storesOnlyTheArgon2HashOfThePassword() {
    directory.registerOrganization(
        new Organization("org-3", "Acme", now),
        new User("user-3", "org-3", new Email("ann@example.com"), Role.ADMIN, now),
        HASH);

    assertThat(LocalDynamoDb.scan(table).toString())
        .doesNotContain("correct horse battery")
        .contains("$argon2id$");
  }
}
