package com.finflow.cashflow.adapters;

import com.finflow.shared.failure.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A listing's cursor: the sort key of the last item of a page, URL-safe, opaque to callers. */
final class ListingCursor {

  private ListingCursor() {}

  static String encode(String sk) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sk.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key a cursor stands for; text that is no cursor is refused as invalid input. */
  static String decode(String cursor) {
    try {
      String sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (sk.isEmpty() || sk.length() > 1024) {
        throw notACursor();
      }
      return sk;
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
  }

  static InvalidInput notACursor() {
    return InvalidInput.of("/query/cursor", "is not a cursor of this listing");
  }
}
