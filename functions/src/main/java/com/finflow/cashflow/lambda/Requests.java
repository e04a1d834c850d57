package com.finflow.cashflow.lambda;

import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.util.ArrayList;
import java.util.List;

/** Reports the problems of a request's path, query and body at once. */
final class Requests {

  private Requests() {}

  static void throwIfInvalid(List<FieldError> parameterErrors, BodyFields body) {
    List<FieldError> all = new ArrayList<>(parameterErrors);
    try {
      body.throwIfInvalid();
    } catch (InvalidInput invalid) {
      all.addAll(invalid.fieldErrors());
    }
    throwIfAny(all);
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
