package com.finflow.localstack.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Alpha Vantage's symbol search over the sandbox's catalog: a security matches when its symbol
 * begins with the keywords, or when each keyword begins a word of its name, regardless of case. The
 * score says how much of the symbol or name the keywords cover: 1 for the very symbol, more for a
 * symbol prefix than for name words. Best first, at most ten, as Alpha Vantage answers.
 */
final class SandboxSymbolSearch {

  static final int MOST = 10;

  /** A match and its score, between 0 and 1, with four decimals. */
  record Match(SandboxSecurity security, BigDecimal score) {}

  private SandboxSymbolSearch() {}

  static List<Match> matches(String keywords) {
    String wanted = keywords.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return SandboxPrices.catalog().stream()
        .flatMap(security -> score(security, wanted).stream())
        .sorted(
            Comparator.comparing(Match::score)
                .reversed()
                .thenComparing(match -> match.security().symbol()))
        .limit(MOST)
        .toList();
  }

  private static Optional<Match> score(SandboxSecurity security, String wanted) {
    String symbol = security.symbol().toLowerCase(Locale.ROOT);
    if (symbol.startsWith(wanted)) {
      double covered = (double) wanted.length() / symbol.length();
      return Optional.of(match(security, symbol.equals(wanted) ? 1 : 0.5 + 0.45 * covered));
    }
    List<String> words = words(security.name());
    List<String> asked = words(wanted);
    boolean everyWordBegun =
        !asked.isEmpty()
            && asked.stream()
                .allMatch(word -> words.stream().anyMatch(name -> name.startsWith(word)));
    if (!everyWordBegun) {
      return Optional.empty();
    }
    double covered =
        (double) asked.stream().mapToInt(String::length).sum()
            / words.stream().mapToInt(String::length).sum();
    return Optional.of(match(security, 0.5 * Math.min(1, covered)));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  private static Match match(SandboxSecurity security, double score) {
    return new Match(security, BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP));
  }
}
