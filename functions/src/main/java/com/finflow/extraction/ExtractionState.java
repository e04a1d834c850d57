package com.finflow.extraction;

import com.finflow.shared.failure.Failure;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an asynchronous extraction stands: pending; completed, with its result; or failed, with why
 * (the refusal's detail and its category, such as {@code upstream_failed}).
 */
public record ExtractionState(
    Status status,
    Optional<Extraction> result,
    Optional<String> detail,
    Optional<String> problemType) {

  public enum Status {
    PENDING,
    COMPLETED,
    FAILED;

    /**
     * As responses and webhook notices name it: {@code pending}, {@code completed}, {@code failed}.
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ExtractionState {
    Objects.requireNonNull(status);
    if (result.isPresent() != (status == Status.COMPLETED)
        || detail.isPresent() != (status == Status.FAILED)
        || problemType.isPresent() != (status == Status.FAILED)) {
      throw new IllegalArgumentException(
          "a completed extraction has a result, a failed one a detail and a type");
    }
  }

  public static ExtractionState pending() {
    return new ExtractionState(
        Status.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ExtractionState completed(Extraction result) {
    return new ExtractionState(
        Status.COMPLETED, Optional.of(result), Optional.empty(), Optional.empty());
  }

  public static ExtractionState failed(String detail, String problemType) {
    return new ExtractionState(
        Status.FAILED, Optional.empty(), Optional.of(detail), Optional.of(problemType));
  }

  /**
   * Failed for this reason: its detail, and its category as the problem type, as callers have
   * always read it.
   */
  public static ExtractionState failed(Failure reason) {
    return failed(reason.getMessage(), reason.category().name().toLowerCase(Locale.ROOT));
  }

  /** Whether the extraction has ended, one way or the other. */
  public boolean finished() {
    return status != Status.PENDING;
  }
}
