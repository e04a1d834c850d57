package com.finflow.shared.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code content-type} a JSON body must declare: {@code application/json} or any {@code
 * <type>/<subtype>+json} (RFC 6839), with no parameter but an optional {@code charset=utf-8}. JSON
 * is UTF-8 (RFC 8259), so any other charset is refused rather than guessed at, and so is a body
 * that declares no type or another one.
 */
final class JsonMediaType {

  static final String HEADER = "content-type";

  private JsonMediaType() {}

  /**
   * Throws {@link UnsupportedMediaType} unless the request's headers declare a JSON body in UTF-8.
   */
  static void require(Map<String, String> headers) {
    String declared =
        headerOf(headers)
            .orElseThrow(
                () -> new UnsupportedMediaType("the request needs content-type: application/json"));
    String[] parts = declared.split(";", -1);
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!isJson(type)) {
      throw new UnsupportedMediaType(
          "the request body must be application/json, not " + shown(type));
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals).strip();
      String value = equals < 0 ? "" : unquoted(parameter.substring(equals + 1).strip());
      if (!name.equalsIgnoreCase("charset") || !value.equalsIgnoreCase("utf-8")) {
        throw new UnsupportedMediaType(
            "the request body must be JSON in UTF-8; the only parameter accepted is"
                + " charset=utf-8, not "
                + shown(parameter));
      }
    }
  }

  private static boolean isJson(String type) {
    int slash = type.indexOf('/');
    if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0) {
      return false;
    }
    String subtype = type.substring(slash + 1);
    return type.equals("application/json")
        || (subtype.endsWith("+json") && subtype.length() > "+json".length());
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /**
   * A header value quoted in a detail: short, and printable ASCII only, as it ends up in logs too.
   */
  private static String shown(String value) {
    String printable =
        value
            .codePoints()
            .map(c -> c >= 0x20 && c < 0x7f ? c : '?')
            .limit(64)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return "\"" + printable + "\"";
  }

  private static Optional<String> headerOf(Map<String, String> headers) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(HEADER) && header.getValue() != null)
        .map(Map.Entry::getValue)
        .filter(value -> !value.isBlank())
        .findFirst();
  }
}
