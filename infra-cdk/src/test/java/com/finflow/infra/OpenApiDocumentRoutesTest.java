package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published API description and the deployed routes must not drift apart. */
class OpenApiDocumentRoutesTest {

  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @Test
  void theStackRoutesAreExactlyTheOperationsOfTheOpenApiDocument() throws Exception {
    var document =
        Path.of(
            System.getProperty(
                "finflow.openapi.document", "../functions/src/main/resources/openapi.json"));
    assertThat(document).as("OpenAPI document of the functions module").isRegularFile();
    var operations = new TreeSet<String>();
    new ObjectMapper()
        .readTree(Files.readString(document))
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (HTTP_METHODS.contains(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    assertThat(operations).isNotEmpty();
    var routes = new TreeSet<>(RouteKeys.of(SynthesizedStacks.finflow().template()));
    // Every request no operation matches: answered 404, or 405 with the methods its path has.
    assertThat(routes.remove("$default")).as("the $default route").isTrue();
    assertThat(routes).isEqualTo(operations);
  }
}
