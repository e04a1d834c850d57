package com.finflow.shared.failure;

import java.util.List;
import java.util.Map;

/**
 * A fact that stops a use case and that the caller can act on, such as {@code InsufficientFunds}.
 *
 * <p>Use cases throw subclasses of this; they know no protocol. The inbound edge's one problem
 * mapper turns a failure into a status and an RFC 9457 problem document from its {@link
 * #category()}, its {@link #problemType()} and its {@link #facts()}.
 */
public abstract class Failure extends RuntimeException {

  private final Category category;
  private final String problemType;
  private final List<FieldError> fieldErrors;
  private final Map<String, Object> facts;

  /**
   * @param problemType a slug such as {@code insufficient-funds}, or empty for the category's own
   *     type
   * @param facts extra members of the problem document, such as the available and requested amounts
   */
  protected Failure(
      Category category,
      String problemType,
      String detail,
      List<FieldError> fieldErrors,
      Map<String, Object> facts) {
    super(detail, null, false, false);
    this.category = category;
    this.problemType = problemType;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.facts = Map.copyOf(facts);
  }

  protected Failure(Category category, String detail) {
    this(category, "", detail, List.of(), Map.of());
  }

  public final Category category() {
    return category;
  }

  public final String problemType() {
    return problemType;
  }

  public final List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public final Map<String, Object> facts() {
    return facts;
  }
}
