package com.finflow.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.Correlation;
import com.finflow.shared.http.FieldPatterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The API document as a whole: every status each route answers, and request schemas that are the
 * validation.
 */
class OpenApiDocumentTest {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @Test
  void everyPatternOfARequestIsOneTheValidatorsApply() {
    Set<String> applied =
        Set.of(
            "^" + FieldPatterns.IBAN + "$",
            "^" + FieldPatterns.BIC + "$",
            "^" + FieldPatterns.CPF + "$",
            "^" + FieldPatterns.BALANCE + "$",
            "^" + FieldPatterns.POSITIVE_AMOUNT + "$",
            "^" + FieldPatterns.OFFSET_DATE_TIME + "$",
            "^" + FieldPatterns.UUID + "$",
            "^" + FieldPatterns.TOKEN + "$",
            "^" + FieldPatterns.TRANSFER_AMOUNT + "$",
            "^" + FieldPatterns.SEPA_TEXT + "$",
            "^" + FieldPatterns.ELECTRONIC_IBAN + "$",
            "^" + FieldPatterns.IBAN_TEXT + "$",
            "^" + FieldPatterns.FEED_AMOUNT + "$",
            "^" + FieldPatterns.EUR_BALANCE + "$",
            "^" + FieldPatterns.EXCHANGE_RATE + "$",
            "^" + FieldPatterns.INTEREST_RATE + "$",
            "^" + FieldPatterns.CURRENCY + "$",
            "^" + FieldPatterns.COUNTRY + "$",
            "^" + FieldPatterns.DATE + "$",
            "^" + FieldPatterns.SYMBOL + "$",
            "^" + Correlation.PATTERN + "$",
            BodyFields.NOT_BLANK_PATTERN);
    Map<String, String> patterns = new TreeMap<>();
    operations()
        .forEach(
            (name, operation) -> {
              operation
                  .path("parameters")
                  .forEach(
                      parameter ->
                          collectPatterns(
                              ApiDocument.resolved(parameter),
                              name + " parameter",
                              patterns,
                              new HashSet<>()));
              collectPatterns(
                  operation.path("requestBody"), name + " body", patterns, new HashSet<>());
            });

    assertThat(patterns).isNotEmpty();
    assertThat(patterns)
        .allSatisfy((where, pattern) -> assertThat(applied).as(where).contains(pattern));
  }

  @Test
  void everyObjectOfARequestBodyRefusesMembersItDoesNotList() {
    List<String> open = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) ->
                collectOpenObjects(operation.path("requestBody"), name, open, new HashSet<>()));

    assertThat(open).isEmpty();
  }

  @Test
  void everyOperationDocumentsMalformedRequestsAndUnexpectedFailuresAsProblems() {
    operations()
        .forEach(
            (name, operation) -> {
              for (String status : List.of("400", "500")) {
                JsonNode response = ApiDocument.resolved(operation.path("responses").path(status));
                assertThat(response.at("/content/application~1problem+json/schema/$ref").asText())
                    .as(name + " " + status)
                    .isEqualTo("#/components/schemas/Problem");
              }
            });
  }

  @Test
  void everyOperationWithABodyDocumentsItsRefusals() {
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.has("requestBody")) {
                assertThat(operation.path("responses").fieldNames())
                    .toIterable()
                    .as(name)
                    .contains("400", "413", "415", "422");
                assertThat(operation.path("description").asText()).as(name).contains("MiB");
              }
            });
  }

  @Test
  void everyOperationBehindTheAuthorizerDocumentsItsRefusals() {
    operations()
        .forEach(
            (name, operation) -> {
              boolean open = operation.has("security") && operation.get("security").isEmpty();
              if (!open) {
                assertThat(operation.path("responses").fieldNames())
                    .toIterable()
                    .as(name)
                    .contains("401", "403");
              }
            });
  }

  @Test
  void theBulkRouteTakesTwiceTheBodyOfTheOthers() {
    assertThat(ApiDocument.root().at("/paths/~1transfers~1bulk/post/description").asText())
        .contains("at most 2 MiB");
    assertThat(ApiDocument.root().at("/paths/~1accounts/post/description").asText())
        .contains("at most 1 MiB");
  }

  @Test
  void theCorrelationHeaderIsPublishedWithThePatternThatIsEnforced() {
    JsonNode parameter = ApiDocument.root().at("/components/parameters/CorrelationId");

    assertThat(parameter.path("name").asText()).isEqualTo(Correlation.HEADER);
    assertThat(parameter.at("/schema/pattern").asText()).isEqualTo("^" + Correlation.PATTERN + "$");
    assertThat(parameter.path("description").asText()).contains("refused with 400");
  }

  private static Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new TreeMap<>();
    ApiDocument.root()
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.put(
                                method.getKey() + " " + path.getKey(), method.getValue());
                          }
                        }));
    return operations;
  }

  private static void collectPatterns(
      JsonNode node, String where, Map<String, String> patterns, Set<String> seen) {
    if (node.has("$ref") && !seen.add(where + node.get("$ref").asText())) {
      return;
    }
    JsonNode resolved = ApiDocument.resolved(node);
    if (resolved.isObject()) {
      resolved
          .properties()
          .forEach(
              member -> {
                if (member.getKey().equals("pattern") && member.getValue().isTextual()) {
                  patterns.put(where + " #" + patterns.size(), member.getValue().asText());
                } else if (!member.getKey().equals("examples")
                    && !member.getKey().equals("example")) {
                  collectPatterns(member.getValue(), where, patterns, seen);
                }
              });
    } else if (resolved.isArray()) {
      resolved.forEach(item -> collectPatterns(item, where, patterns, seen));
    }
  }

  private static void collectOpenObjects(
      JsonNode node, String where, List<String> open, Set<String> seen) {
    if (node.has("$ref") && !seen.add(node.get("$ref").asText())) {
      return;
    }
    JsonNode resolved = ApiDocument.resolved(node);
    if (resolved.isObject()) {
      boolean object = "object".equals(resolved.path("type").asText());
      if (object && !resolved.path("additionalProperties").isBoolean()) {
        open.add(where + " " + resolved.path("properties").fieldNames().next());
      }
      resolved
          .properties()
          .forEach(
              member -> {
                if (!member.getKey().equals("examples")) {
                  collectOpenObjects(member.getValue(), where, open, seen);
                }
              });
    } else if (resolved.isArray()) {
      resolved.forEach(item -> collectOpenObjects(item, where, open, seen));
    }
  }
}
