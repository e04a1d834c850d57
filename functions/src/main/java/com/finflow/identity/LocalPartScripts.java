package com.finflow.identity;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scripts of an email's local part, ignoring characters common to all scripts (digits,
 * punctuation) and combining marks that take their base's script. One script is one name; several
 * are a homoglyph's mark, such as a Cyrillic {@code а} inside {@code pаypal}, and are refused
 * unless they are a combination one language writes with (Unicode UTS #39, "Highly Restrictive":
 * Latin with Han and Japanese kana, with Han and Bopomofo, or with Han and Hangul).
 */
record LocalPartScripts(Set<UnicodeScript> scripts) {

  private static final List<Set<UnicodeScript>> ONE_LANGUAGE =
      List.of(
          EnumSet.of(
              UnicodeScript.LATIN,
              UnicodeScript.HAN,
              UnicodeScript.HIRAGANA,
              UnicodeScript.KATAKANA),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

  static LocalPartScripts of(String localPart) {
    return new LocalPartScripts(
        localPart
            .codePoints()
            .mapToObj(UnicodeScript::of)
            .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnicodeScript.class))));
  }

  /**
   * Why these scripts are refused together, or empty when they are one script or one language's
   * set.
   */
  Optional<String> refusal() {
    if (scripts.size() <= 1
        || ONE_LANGUAGE.stream().anyMatch(allowed -> allowed.containsAll(scripts))) {
      return Optional.empty();
    }
    return Optional.of(
        "mixes scripts ("
            + scripts.stream()
                .map(
                    script ->
                        script.name().charAt(0)
                            + script.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ")");
  }
}
