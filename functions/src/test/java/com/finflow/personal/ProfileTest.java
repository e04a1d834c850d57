package com.finflow.personal;

import static com.finflow.personal.PersonalCommands.ADMIN_OF_ALICES_ORGANIZATION;
import static com.finflow.personal.PersonalCommands.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private final InMemoryPersonal store = new InMemoryPersonal();
  private final GetProfile get = new GetProfile(store);
  private final UpdateProfile update =
      new UpdateProfile(
          store,
          new ViewInvalidation(
              new InMemoryAnalytics(), new InMemoryAnalytics(), java.time.Clock.systemUTC()));

  @Test
  void isEuroAndUtcUntilChanged() {
    assertThat(get.get(ALICE)).isEqualTo(new ProfileView("EUR", "UTC"));
  }

  @Test
  void changesOnlyWhatIsGivenAndOnlyForTheCaller() {
    update.update(
        ALICE, new ProfileChange(Optional.empty(), Optional.of(ZoneId.of("America/Sao_Paulo"))));
    update.update(ALICE, new ProfileChange(Optional.of("BRL"), Optional.empty()));

    assertThat(get.get(ALICE)).isEqualTo(new ProfileView("BRL", "America/Sao_Paulo"));
    assertThat(get.get(ADMIN_OF_ALICES_ORGANIZATION)).isEqualTo(new ProfileView("EUR", "UTC"));
  }
}
