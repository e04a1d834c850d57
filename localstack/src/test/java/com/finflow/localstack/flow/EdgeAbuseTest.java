package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseCase.PROBLEM;
import static com.finflow.localstack.flow.AbuseCase.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Hostile requests at the edge, sent through the real stack as an attacker would send them: sizes,
 * depth, encodings, media types, duplicate and unknown members, injection strings, path traversal,
 * wrong methods, other organizations' ids, roles and tokens (the catalogs {@link BodyAbuse}, {@link
 * EncodingAbuse}, {@link InjectionAbuse} and {@link TenancyAbuse}). Each is refused with its status
 * and its problem type (or API Gateway's own {@code {"message"}}), and leaves every item of every
 * table, the provider and the bank as they were. Prints the table of cases it ran.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeAbuseTest {

  private final List<String> rows = new ArrayList<>();
  private LocalStackRuntime runtime;
  private DynamoDbClient dynamoDb;
  private String rateLimitsTable;
  private AbuseTarget target;

  @BeforeAll
  void setUp(LocalStackRuntime runtime) {
    this.runtime = runtime;
    this.dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    this.rateLimitsTable =
        runtime.stack().ofType("AWS::DynamoDB::Table").stream()
            .filter(resource -> resource.logicalId().startsWith("RateLimitsTable"))
            .findFirst()
            .orElseThrow()
            .ref();
    this.target = AbuseTarget.prepare(runtime);
  }

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedAndWritesNothing() {
    return cases().stream()
        .map(
            abuse ->
                DynamicTest.dynamicTest(
                    abuse.name() + " (" + abuse.route() + ")", () -> refusedWithoutWriting(abuse)));
  }

  @AfterAll
  void printTheTableOfCases() {
    target.close();
    System.out.println("| case | route | status | problem type | nothing written |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println(rows.size() + " edge abuse cases");
  }

  private List<AbuseCase> cases() {
    List<AbuseCase> cases = new ArrayList<>();
    cases.addAll(BodyAbuse.cases(target));
    cases.addAll(EncodingAbuse.cases(target));
    cases.addAll(InjectionAbuse.cases(target));
    cases.addAll(TenancyAbuse.cases(target));
    return cases;
  }

  private void refusedWithoutWriting(AbuseCase abuse) {
    StackState before = state();

    RawHttp.Answer answer = abuse.request().get();

    assertThat(answer.status()).as(answer.body()).isEqualTo(abuse.status());
    assertThat(answer.headers().get("content-type")).contains("json");
    JsonNode body = json(answer);
    if (abuse.type().startsWith(PROBLEM)) {
      assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
      assertThat(body.get("type").asText()).as(answer.body()).isEqualTo(abuse.type());
      assertThat(body.get("status").asInt()).isEqualTo(abuse.status());
    } else {
      assertThat(body.get("message").asText()).as(answer.body()).isEqualTo(abuse.type());
    }
    abuse
        .pointer()
        .ifPresent(
            pointer ->
                assertThat(body.path("errors").findValuesAsText("pointer"))
                    .as(answer.body())
                    .containsExactly(pointer));
    abuse.also().accept(answer);
    StackState after = state();
    if (abuse.countsQuota()) {
      assertThat(after.without(rateLimitsTable))
          .as("every item but the rate-limit counters, provider call and payment")
          .isEqualTo(before.without(rateLimitsTable));
    } else {
      assertThat(after).as("every item, provider call and payment").isEqualTo(before);
    }
    rows.add(
        "| "
            + abuse.name().replace("|", "\\|")
            + " | "
            + abuse.route()
            + " | "
            + answer.status()
            + " | "
            + (abuse.type().startsWith(PROBLEM)
                ? abuse.type().substring(PROBLEM.length())
                : "gateway `{\"message\":\"" + abuse.type() + "\"}`")
            + abuse.pointer().map(pointer -> " `" + pointer + "`").orElse("")
            + " | yes"
            + (abuse.countsQuota() ? " (the submission quota counts the attempt)" : "")
            + " |");
  }

  private StackState state() {
    return StackState.of(runtime, dynamoDb);
  }
}
