package com.finflow.personal.lambda;

import com.finflow.shared.ids.ResourceIds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code cursor} of a transaction list: where the next page starts, the id of the last
 * transaction shown, in URL-safe base64. Clients pass it back unchanged and read nothing into it.
 */
final class TransactionCursor {

  static final int MAX_LENGTH = 64;
  private static final String VERSION = "t1:";

  private TransactionCursor() {}

  static String of(String afterId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((VERSION + afterId).getBytes(StandardCharsets.US_ASCII));
  }

  /** The id a cursor of {@link #of} holds; empty for any other text. */
  static Optional<String> afterId(String cursor) {
    if (cursor.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
      return text.startsWith(VERSION)
          ? ResourceIds.uuid(text.substring(VERSION.length()))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
