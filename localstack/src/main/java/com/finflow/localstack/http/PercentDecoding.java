package com.finflow.localstack.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict percent-decoding of a raw path or query, the way API Gateway must decode them before
 * routing: every escape is two ASCII hex digits and the result is UTF-8. The HTTP server in front
 * is lenient (it keeps invalid escapes in queries and puts U+FFFD in place of raw bytes that are
 * not UTF-8), so both count as undecodable here.
 */
final class PercentDecoding {

  private static final int REPLACEMENT = 0xFFFD;

  private PercentDecoding() {}

  /** The decoded text, or empty when the raw text does not decode. A '+' is left as it is. */
  static Optional<String> strictly(String raw) {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int c = raw.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = hex(raw.charAt(i + 1));
        int low = hex(raw.charAt(i + 2));
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        decoded.write(high * 16 + low);
        i += 3;
      } else if (c == REPLACEMENT) {
        return Optional.empty();
      } else {
        decoded.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(decoded.toByteArray()))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  /** ASCII hex digits only: Character.digit would also read other scripts' digits. */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
