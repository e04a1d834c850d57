package com.finflow.personal;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated institution to add: name stripped, country ISO 3166 alpha-2, BIC in electronic form.
 */
public record NewInstitution(String name, String country, Optional<String> bic) {

  public NewInstitution {
    Objects.requireNonNull(name);
    Objects.requireNonNull(country);
    Objects.requireNonNull(bic);
  }
}
