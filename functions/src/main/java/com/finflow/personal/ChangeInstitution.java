package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.Clock;
import java.util.Optional;

/** Changes the name, country or BIC of one of the caller's institutions. */
public final class ChangeInstitution {

  private final Institutions institutions;
  private final Clock clock;

  public ChangeInstitution(Institutions institutions, Clock clock) {
    this.institutions = institutions;
    this.clock = clock;
  }

  public InstitutionView change(Caller caller, String id, InstitutionChange change) {
    Institution current =
        institutions.institution(caller.userId(), id).orElseThrow(NoSuchInstitution::new);
    Optional<String> bic = change.clearBic() ? Optional.empty() : change.bic().or(current::bic);
    Institution changed =
        new Institution(
            current.id(),
            current.userId(),
            change.name().orElse(current.name()),
            change.country().orElse(current.country()),
            bic,
            current.createdAt(),
            clock.instant());
    if (!institutions.replace(changed)) {
      throw new NoSuchInstitution();
    }
    return InstitutionView.of(changed);
  }
}
