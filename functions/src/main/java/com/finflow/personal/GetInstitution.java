package com.finflow.personal;

import com.finflow.shared.Caller;

/** One of the caller's institutions; anyone else's, an admin's included, is not found. */
public final class GetInstitution {

  private final Institutions institutions;

  public GetInstitution(Institutions institutions) {
    this.institutions = institutions;
  }

  public InstitutionView get(Caller caller, String id) {
    return institutions
        .institution(caller.userId(), id)
        .map(InstitutionView::of)
        .orElseThrow(NoSuchInstitution::new);
  }
}
