package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;
import java.util.List;
import java.util.Map;

/**
 * A body larger than its route accepts; the problem document says the limit as {@code max_bytes}.
 */
public final class PayloadTooLarge extends Failure {

  public PayloadTooLarge(int maxBytes) {
    super(
        Category.PAYLOAD_TOO_LARGE,
        "",
        "the request body is larger than the " + maxBytes + " bytes this route accepts",
        List.of(),
        Map.of("max_bytes", maxBytes));
  }
}
