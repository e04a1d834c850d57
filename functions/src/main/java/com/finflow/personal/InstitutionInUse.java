package com.finflow.personal;

import com.finflow.shared.failure.Conflict;
import java.util.Map;

/** An institution that accounts still refer to is not removed; nothing was deleted. */
public final class InstitutionInUse extends Conflict {

  public InstitutionInUse(String institutionId) {
    super(
        "institution-in-use",
        "accounts still refer to institution " + institutionId + "; move or remove them first",
        Map.of("institution_id", institutionId));
  }
}
