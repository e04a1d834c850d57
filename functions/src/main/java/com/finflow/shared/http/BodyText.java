package com.finflow.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text of a request body: base64 undone when API Gateway applied it, its size held to the
 * route's limit in bytes, and its bytes proven UTF-8. A malformed byte is refused, never replaced
 * by U+FFFD and stored.
 */
final class BodyText {

  private BodyText() {}

  static String of(APIGatewayV2HTTPEvent event, int maxBytes) {
    String body = event.getBody();
    if (body == null || body.isEmpty()) {
      throw new MalformedRequest("the request needs a JSON object body");
    }
    return event.getIsBase64Encoded() ? decoded(body, maxBytes) : checked(body, maxBytes);
  }

  private static String decoded(String base64, int maxBytes) {
    // Four base64 characters carry three bytes: what cannot fit is refused before it is decoded.
    if (base64.length() / 4L * 3 - 2 > maxBytes) {
      throw new PayloadTooLarge(maxBytes);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new MalformedRequest("the request body is not valid base64");
    }
    if (bytes.length > maxBytes) {
      throw new PayloadTooLarge(maxBytes);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedRequest("the request body is not valid UTF-8");
    }
  }

  /**
   * A body that arrived as text: its UTF-8 size, and no lone surrogate, which no UTF-8 byte
   * sequence encodes.
   */
  private static String checked(String text, int maxBytes) {
    // Every character takes at least one byte.
    if (text.length() > maxBytes) {
      throw new PayloadTooLarge(maxBytes);
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new MalformedRequest("the request body is not valid UTF-8");
      } else {
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
    if (bytes > maxBytes) {
      throw new PayloadTooLarge(maxBytes);
    }
    return text;
  }
}
