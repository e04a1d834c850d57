package com.finflow.personal;

import java.util.Optional;

/**
 * A validated {@code PATCH} of an account: its name and institution may change ({@code
 * clearInstitution} detaches it); its kind and currency never do, since its values and holdings are
 * in them.
 */
public record AccountChange(
    Optional<String> name, Optional<String> institutionId, boolean clearInstitution) {

  public AccountChange {
    if (clearInstitution && institutionId.isPresent()) {
      throw new IllegalArgumentException("an institution is either set or removed");
    }
  }
}
