package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.FieldPatterns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parameters of the securities routes: the symbol in the path, the query's names. */
final class SecurityQueries {

  static final int MAX_WORDS = 64;

  private SecurityQueries() {}

  static Map<String, String> query(APIGatewayV2HTTPEvent event) {
    return Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
  }

  /** An error for each query parameter the operation does not take. */
  static void refuseUnknown(Map<String, String> query, Set<String> known, List<FieldError> errors) {
    query.keySet().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(
            name ->
                errors.add(
                    new FieldError("/query/" + name, "is not a parameter of this operation")));
  }

  /** The symbol in the path, upper-cased as sources spell them. */
  static Optional<String> symbol(APIGatewayV2HTTPEvent event, List<FieldError> errors) {
    String symbol = PathParameters.of(event).getOrDefault("symbol", "");
    if (!symbol.matches(FieldPatterns.SYMBOL)) {
      errors.add(
          new FieldError(
              "/path/symbol",
              "must be a ticker symbol: letters, digits, dots and hyphens, up to 20"));
      return Optional.empty();
    }
    return Optional.of(symbol.toUpperCase(java.util.Locale.ROOT));
  }

  /** The words of {@code GET /securities?query=}. */
  static String words(APIGatewayV2HTTPEvent event) {
    Map<String, String> query = query(event);
    List<FieldError> errors = new java.util.ArrayList<>();
    refuseUnknown(query, Set.of("query"), errors);
    String words = query.getOrDefault("query", "");
    if (words.isBlank() || words.length() > MAX_WORDS) {
      errors.add(
          new FieldError(
              "/query/query", "is required: 1 to " + MAX_WORDS + " characters to match"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return words;
  }

  static String symbolOnly(APIGatewayV2HTTPEvent event) {
    List<FieldError> errors = new java.util.ArrayList<>();
    refuseUnknown(query(event), Set.of(), errors);
    Optional<String> symbol = symbol(event, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return symbol.orElseThrow();
  }
}
