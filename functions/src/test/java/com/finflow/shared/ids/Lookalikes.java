package com.finflow.shared.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Non-ASCII spellings of a valid ASCII identifier, each one a way a keyboard, a copy-paste or an
 * attacker produces a twin that Unicode-aware code reads as the same digits or letters: other
 * scripts' digits, full-width forms, Cyrillic and Greek letters that look Latin, and invisible
 * characters.
 */
public final class Lookalikes {

  private static final Map<Character, Character> CYRILLIC =
      Map.ofEntries(
          Map.entry('A', 'А'),
          Map.entry('B', 'В'),
          Map.entry('C', 'С'),
          Map.entry('E', 'Е'),
          Map.entry('H', 'Н'),
          Map.entry('K', 'К'),
          Map.entry('M', 'М'),
          Map.entry('O', 'О'),
          Map.entry('P', 'Р'),
          Map.entry('T', 'Т'),
          Map.entry('X', 'Х'),
          Map.entry('a', 'а'),
          Map.entry('c', 'с'),
          Map.entry('e', 'е'),
          Map.entry('o', 'о'),
          Map.entry('p', 'р'),
          Map.entry('x', 'х'));
  private static final Map<Character, Character> GREEK =
      Map.ofEntries(
          Map.entry('A', 'Α'),
          Map.entry('B', 'Β'),
          Map.entry('E', 'Ε'),
          Map.entry('H', 'Η'),
          Map.entry('I', 'Ι'),
          Map.entry('K', 'Κ'),
          Map.entry('M', 'Μ'),
          Map.entry('N', 'Ν'),
          Map.entry('O', 'Ο'),
          Map.entry('P', 'Ρ'),
          Map.entry('T', 'Τ'),
          Map.entry('X', 'Χ'),
          Map.entry('Y', 'Υ'),
          Map.entry('Z', 'Ζ'),
          Map.entry('o', 'ο'));

  private Lookalikes() {}

  /**
   * {@code (kind, spelling)} pairs for a parameterized test; kinds that have nothing to replace are
   * left out.
   */
  public static Stream<Arguments> of(String ascii) {
    List<Arguments> spellings = new ArrayList<>();
    add(spellings, ascii, "Arabic-Indic digits", text -> digits(text, '٠'));
    add(spellings, ascii, "one Arabic-Indic digit", text -> lastDigit(text, '٠'));
    add(spellings, ascii, "extended Arabic-Indic digits", text -> digits(text, '۰'));
    add(spellings, ascii, "Devanagari digits", text -> digits(text, '०'));
    add(spellings, ascii, "full-width digits", text -> digits(text, '０'));
    add(spellings, ascii, "mathematical bold digit", text -> lastDigitAsCodePoint(text, 0x1D7CE));
    add(spellings, ascii, "full-width letter", Lookalikes::fullWidthLetter);
    add(spellings, ascii, "Cyrillic homoglyph", text -> homoglyph(text, CYRILLIC));
    add(spellings, ascii, "Greek homoglyph", text -> homoglyph(text, GREEK));
    add(spellings, ascii, "zero-width space", text -> inserted(text, "\u200B"));
    add(spellings, ascii, "zero-width joiner", text -> inserted(text, "\u200D"));
    add(spellings, ascii, "byte order mark", text -> inserted(text, "\uFEFF"));
    add(spellings, ascii, "word joiner", text -> inserted(text, "\u2060"));
    add(spellings, ascii, "soft hyphen", text -> inserted(text, "\u00AD"));
    add(spellings, ascii, "combining acute accent", text -> inserted(text, "\u0301"));
    add(spellings, ascii, "no-break space", text -> inserted(text, "\u00A0"));
    add(spellings, ascii, "ideographic space", text -> inserted(text, "\u3000"));
    return spellings.stream();
  }

  private static void add(
      List<Arguments> spellings, String ascii, String kind, UnaryOperator<String> spelling) {
    String text = spelling.apply(ascii);
    if (!text.equals(ascii)) {
      spellings.add(Arguments.of(kind, text));
    }
  }

  private static String digits(String text, char zero) {
    StringBuilder spelled = new StringBuilder();
    text.chars()
        .forEach(c -> spelled.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
    return spelled.toString();
  }

  private static String lastDigit(String text, char zero) {
    return lastDigitAsCodePoint(text, zero);
  }

  private static String lastDigitAsCodePoint(String text, int zero) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return text.substring(0, i) + Character.toString(zero + c - '0') + text.substring(i + 1);
      }
    }
    return text;
  }

  private static String fullWidthLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return text.substring(0, i) + (char) (c + ('Ａ' - 'A')) + text.substring(i + 1);
      }
    }
    return text;
  }

  private static String homoglyph(String text, Map<Character, Character> lookalikes) {
    for (int i = 0; i < text.length(); i++) {
      Character lookalike = lookalikes.get(text.charAt(i));
      if (lookalike != null) {
        return text.substring(0, i) + lookalike + text.substring(i + 1);
      }
    }
    return text;
  }

  private static String inserted(String text, String character) {
    int middle = text.length() / 2;
    return text.substring(0, middle) + character + text.substring(middle);
  }
}
