package com.finflow.shared.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.shared.SampleEvents;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's Jackson reads every sample event exactly as the Lambda runtime's serializer does,
 * and writes answers the runtime's serializer reads back the same.
 */
class LambdaEventsTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Path> samples() throws Exception {
    Path root = SampleEvents.path("health/health.json").getParent().getParent();
    return Files.walk(root).filter(file -> file.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsEverySampleEventAsTheRuntimeDoes(Path sample) throws Exception {
    JsonNode tree = TREES.readTree(sample.toFile());
    if (tree.has("routeKey") && tree.has("rawPath") && !tree.has("identitySource")) {
      assertThat(read(sample, new TypeReference<APIGatewayV2HTTPEvent>() {}))
          .isEqualTo(EventLoader.loadApiGatewayHttpEvent(sample.toString()));
    } else if (tree.has("Records")) {
      SQSEvent ours = read(sample, new TypeReference<SQSEvent>() {});
      assertThat(ours.getRecords()).isNotEmpty();
      assertThat(ours).isEqualTo(EventLoader.loadSQSEvent(sample.toString()));
    }
  }

  @Test
  void readsTheAuthorizerContextThatCallersAreMadeOf() throws Exception {
    APIGatewayV2HTTPEvent event =
        read(
            SampleEvents.path("transfers/get-bulk.json"),
            new TypeReference<APIGatewayV2HTTPEvent>() {});

    assertThat(event.getRequestContext().getAuthorizer().getLambda())
        .containsKeys("user_id", "organization_id", "role");
    assertThat(event.getPathParameters()).containsKey("bulk_id");
  }

  @Test
  void writesAnHttpAnswerTheRuntimeReadsBackUnchanged() throws Exception {
    APIGatewayV2HTTPResponse answer =
        APIGatewayV2HTTPResponse.builder()
            .withStatusCode(201)
            .withHeaders(Map.of("content-type", "application/json", "location", "/x/1"))
            .withBody("{\"id\":\"1\"}")
            .withIsBase64Encoded(true)
            .build();

    String written = write(answer);

    assertThat(TREES.readTree(written).has("isBase64Encoded")).isTrue();
    assertThat(
            LambdaEventSerializers.serializerFor(
                    APIGatewayV2HTTPResponse.class, getClass().getClassLoader())
                .fromJson(written))
        .isEqualTo(answer);
  }

  @Test
  void writesBatchFailuresUnderTheNamesLambdaReads() throws Exception {
    SQSBatchResponse answer =
        new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m-2")));

    JsonNode written = TREES.readTree(write(answer));

    assertThat(written.path("batchItemFailures").get(0).path("itemIdentifier").asText())
        .isEqualTo("m-2");
  }

  private static <T> T read(Path sample, TypeReference<T> type) throws Exception {
    try (InputStream input = Files.newInputStream(sample)) {
      return LambdaEvents.read(input, type);
    }
  }

  private static String write(Object answer) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    LambdaEvents.write(output, answer);
    return output.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
