package com.finflow.personal;

import com.finflow.shared.Caller;

/** Removes one of the caller's institutions, only once no account refers to it. */
public final class DeleteInstitution {

  private final Institutions institutions;

  public DeleteInstitution(Institutions institutions) {
    this.institutions = institutions;
  }

  /** {@link NoSuchInstitution}, or {@link InstitutionInUse} while accounts refer to it. */
  public void delete(Caller caller, String id) {
    switch (institutions.remove(caller.userId(), id)) {
      case REMOVED -> {}
      case NOT_FOUND -> throw new NoSuchInstitution();
      case IN_USE -> throw new InstitutionInUse(id);
    }
  }
}
