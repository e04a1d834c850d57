package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.finflow.localstack.lambda.FunctionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Every function of the template primed as SnapStart primes it before the snapshot, in a fresh
 * container running the artifact its template names, against the real stack: every step succeeds,
 * and nothing changes, no table item, no message sent, no queue or secret created, no payment at
 * the bank, no call to the open-finance provider, the price feed or the ECB.
 */
@ExtendWith(RunningFinflow.class)
class PrimingFlowTest {

  @Test
  void primingEveryFunctionSucceedsAndChangesNothing(LocalStackRuntime runtime)
      throws InterruptedException {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    Tenant.signUp(api, "1000.00");
    DynamoDbClient dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    StackState before = StackState.of(runtime, dynamoDb);
    Map<String, Long> pricesBefore = runtime.prices().calls();
    Map<String, Long> ratesBefore = runtime.fx().calls();
    int logBefore = RunningFinflow.capturedOutput().length();
    Map<String, Long> consumedBefore = consumed(runtime);
    SecretsManagerClient secrets = TestClients.secretsManager(runtime.awsEndpoint());
    SqsClient sqs = TestClients.sqs(runtime.awsEndpoint());
    List<String> secretsBefore = secretNames(secrets);
    List<String> queuesBefore = queueUrls(sqs);

    Map<String, Integer> steps = new TreeMap<>();
    java.util.Set<java.nio.file.Path> artifacts = new java.util.TreeSet<>();
    for (FunctionDefinition function : runtime.lambda().functions()) {
      steps.put(function.name(), runtime.lambda().primeInFreshContainer(function.name()));
      artifacts.add(runtime.lambda().codeOf(function.name()).getLast());
    }
    // Each function is primed in the artifact its template names, one per feature.
    assertThat(artifacts)
        .hasSize(9)
        .allSatisfy(artifact -> assertThat(artifact.getFileName().toString()).startsWith("asset."));
    System.out.println("priming steps per function: " + steps);

    assertThat(steps).isNotEmpty().allSatisfy((name, ran) -> assertThat(ran).as(name).isPositive());
    // A rehearsed request's refusals are held back: no line reads like a failing message.
    assertThat(RunningFinflow.capturedOutput().substring(logBefore))
        .doesNotContain("priming step failed")
        .doesNotContain("message failed; it will be retried")
        .contains("\"lines_held_back\"");
    // Nothing was sent either: no queue's consumer runs. Absence cannot be awaited, only given
    // time.
    Thread.sleep(3_000);
    assertThat(consumed(runtime)).isEqualTo(consumedBefore);
    assertThat(StackState.of(runtime, dynamoDb)).isEqualTo(before);
    assertThat(runtime.prices().calls()).isEqualTo(pricesBefore);
    assertThat(runtime.fx().calls()).isEqualTo(ratesBefore);
    // A webhook secret is created on its first read: priming reads none that exists.
    assertThat(secretNames(secrets)).isEqualTo(secretsBefore);
    assertThat(queueUrls(sqs)).isEqualTo(queuesBefore);
  }

  private static List<String> queueUrls(SqsClient sqs) {
    List<String> urls = new ArrayList<>(sqs.listQueues().queueUrls());
    urls.sort(String::compareTo);
    return urls;
  }

  private static List<String> secretNames(SecretsManagerClient secrets) {
    return secrets.listSecretsPaginator().stream()
        .flatMap(page -> page.secretList().stream())
        .map(secret -> secret.name())
        .sorted()
        .toList();
  }

  /** How often each queue's consumer has run. */
  private static Map<String, Long> consumed(LocalStackRuntime runtime) {
    Map<String, Long> invocations = new TreeMap<>();
    runtime
        .pollers()
        .forEach(
            poller ->
                invocations.put(
                    poller.mapping().function(),
                    runtime.lambda().invocationsOf(poller.mapping().function())));
    return invocations;
  }
}
