package com.finflow.personal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An institution as the API shows it. */
public record InstitutionView(
    String id,
    String name,
    String country,
    Optional<String> bic,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> links) {

  public static InstitutionView of(Institution institution) {
    return new InstitutionView(
        institution.id(),
        institution.name(),
        institution.country(),
        institution.bic(),
        institution.createdAt(),
        institution.updatedAt(),
        Map.of("self", "/me/institutions/" + institution.id()));
  }
}
