package com.finflow.personal;

import com.finflow.shared.Caller;
import java.util.Comparator;
import java.util.List;

/**
 * All of the caller's institutions (at most {@link CreateInstitution#MAX_PER_USER}), by name
 * ignoring case, then by exact name, then by id.
 */
public final class ListInstitutions {

  static final Comparator<Institution> BY_NAME =
      Comparator.comparing(Institution::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Institution::name)
          .thenComparing(Institution::id);

  private final Institutions institutions;

  public ListInstitutions(Institutions institutions) {
    this.institutions = institutions;
  }

  public List<InstitutionView> list(Caller caller) {
    return institutions.institutions(caller.userId()).stream()
        .sorted(BY_NAME)
        .map(InstitutionView::of)
        .toList();
  }
}
