package com.finflow.personal;

import java.util.Optional;

/**
 * A validated {@code PATCH} of an institution: only the members given change; {@code clearBic}
 * removes the BIC.
 */
public record InstitutionChange(
    Optional<String> name, Optional<String> country, Optional<String> bic, boolean clearBic) {

  public InstitutionChange {
    if (clearBic && bic.isPresent()) {
      throw new IllegalArgumentException("a BIC is either set or removed");
    }
  }
}
