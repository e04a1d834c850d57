package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule, naming every invalid field at once. */
public class InvalidInput extends Failure {

  public InvalidInput(List<FieldError> fieldErrors) {
    super(Category.INVALID_REQUEST, "", summary(fieldErrors), fieldErrors, Map.of());
  }

  public static InvalidInput of(String pointer, String detail) {
    return new InvalidInput(List.of(new FieldError(pointer, detail)));
  }

  /** An invalid request with a problem type of its own, such as {@code insufficient-funds}. */
  protected InvalidInput(String problemType, String detail, Map<String, Object> facts) {
    super(Category.INVALID_REQUEST, problemType, detail, List.of(), facts);
  }

  private static String summary(List<FieldError> fieldErrors) {
    return fieldErrors.size() == 1
        ? fieldErrors.get(0).pointer() + ": " + fieldErrors.get(0).detail()
        : fieldErrors.size() + " fields are invalid";
  }
}
