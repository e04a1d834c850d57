package com.finflow.personal;

import com.finflow.shared.Caller;
import java.time.Clock;
import java.time.Instant;

/** Adds an institution to the caller's book; a user keeps at most {@link #MAX_PER_USER}. */
public final class CreateInstitution {

  public static final int MAX_PER_USER = 1_000;

  private final Institutions institutions;
  private final TransactionIds ids;
  private final Clock clock;

  public CreateInstitution(Institutions institutions, TransactionIds ids, Clock clock) {
    this.institutions = institutions;
    this.ids = ids;
    this.clock = clock;
  }

  /** The new institution; {@link BookLimitReached} when the caller has the most they may. */
  public InstitutionView create(Caller caller, NewInstitution command) {
    Instant now = clock.instant();
    Institution institution =
        new Institution(
            ids.next(),
            caller.userId(),
            command.name(),
            command.country(),
            command.bic(),
            now,
            now);
    if (institutions.add(institution, MAX_PER_USER) == Institutions.Adding.LIMIT_REACHED) {
      throw new BookLimitReached("institutions per user", MAX_PER_USER);
    }
    return InstitutionView.of(institution);
  }
}
