package com.finflow.shared.ids;

import com.finflow.shared.failure.InvalidInput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids a request names, in its path or its body: ASCII only, in the shape Finflow issues them. An id
 * of another shape cannot name anything, so it is refused as invalid input ({@code 422}) naming
 * where it was, rather than looked up.
 */
public final class ResourceIds {

  /**
   * A UUID as Finflow issues them for bulks, extractions and users; upper-case hex digits are
   * accepted too.
   */
  public static final String UUID_PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /**
   * An id made of ASCII letters, digits and {@code . _ : -}, starting with a letter or digit: a
   * webhook delivery id such as {@code bulk.settled:<bulk id>}, or an id a client chose.
   */
  public static final String TOKEN_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  public static final int MAX_TOKEN_LENGTH = 128;

  private static final Pattern UUID = Pattern.compile(UUID_PATTERN);
  private static final Pattern TOKEN = Pattern.compile(TOKEN_PATTERN);

  private ResourceIds() {}

  /**
   * The UUID in its lower-case form, the one Finflow issues and stores; empty when the text is not
   * a UUID.
   */
  public static Optional<String> uuid(String text) {
    return UUID.matcher(text).matches()
        ? Optional.of(text.toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /** True when the text is a {@link #TOKEN_PATTERN} id of at most {@code maxLength} characters. */
  public static boolean isToken(String text, int maxLength) {
    return text.length() <= maxLength && TOKEN.matcher(text).matches();
  }

  /**
   * The UUID path parameter {@code name}, lower-cased; an {@link InvalidInput} naming {@code
   * /path/<name>} if not.
   */
  public static String uuidInPath(Map<String, String> pathParameters, String name) {
    String text = pathParameters.getOrDefault(name, "");
    return uuid(text)
        .orElseThrow(
            () ->
                InvalidInput.of(
                    "/path/" + name,
                    "must be a UUID such as \"123e4567-e89b-12d3-a456-426614174000\""));
  }

  /**
   * The token path parameter {@code name}; an {@link InvalidInput} naming {@code /path/<name>} if
   * it is not one.
   */
  public static String tokenInPath(Map<String, String> pathParameters, String name) {
    String text = pathParameters.getOrDefault(name, "");
    if (!isToken(text, MAX_TOKEN_LENGTH)) {
      throw InvalidInput.of(
          "/path/" + name,
          "must be 1 to "
              + MAX_TOKEN_LENGTH
              + " ASCII letters, digits and . _ : -, starting with a letter or digit");
    }
    return text;
  }
}
