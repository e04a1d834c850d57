package com.finflow.infra.extraction;

import com.finflow.infra.FinflowStack;
import com.finflow.infra.compute.JavaFunction;
import com.finflow.infra.compute.JavaFunctionProps;
import com.finflow.infra.identity.IdentityFeature;
import com.finflow.infra.messaging.QueueWithDeadLetterProps;
import com.finflow.infra.quota.RateLimitsFeature;
import com.finflow.infra.security.CpfMacKey;
import com.finflow.infra.security.SecretReadAccess;
import com.finflow.infra.storage.EncryptedTable;
import com.finflow.infra.storage.EncryptedTableProps;
import com.finflow.infra.webhooks.WebhooksFeature;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.dynamodb.AttributeType;

/**
 * Open-finance extraction: a synchronous route answering within API Gateway's limit, an
 * asynchronous one through a queue, and a vault of provider tokens and results encrypted with KMS
 * envelope encryption and expired by TTL, where what is kept about a customer is filed under a MAC
 * of their CPF that only the functions that extract can compute.
 */
public final class ExtractionFeature implements FinflowStack.Feature {

  private static final String GET = "dynamodb:GetItem";
  private static final String PUT = "dynamodb:PutItem";
  // Under the 30 s of API Gateway, with the extraction's own 20 s deadline inside it.
  private static final Duration SYNC_TIMEOUT = Duration.seconds(28);
  private static final Duration WORKER_TIMEOUT = Duration.minutes(5);

  private final IdentityFeature identity;
  private final WebhooksFeature webhooks;
  private final RateLimitsFeature rateLimits;

  public ExtractionFeature(
      IdentityFeature identity, WebhooksFeature webhooks, RateLimitsFeature rateLimits) {
    this.identity = identity;
    this.webhooks = webhooks;
    this.rateLimits = rateLimits;
  }

  @Override
  public String name() {
    return "Extraction";
  }

  @Override
  public void addTo(FinflowStack stack) {
    var vault =
        stack.table(
            "TokensTable",
            EncryptedTableProps.withPartitionKey("pk", AttributeType.STRING)
                .withTimeToLive("expires_at"));
    var queue =
        stack.queue("ExtractionQueue", QueueWithDeadLetterProps.forConsumerTimeout(WORKER_TIMEOUT));
    var cpfMacKey = new CpfMacKey(stack.scope(), "CpfMacKey");
    var environment =
        new HashMap<>(
            Map.of(
                "TOKENS_TABLE", vault.table().getTableName(),
                "KEY_ID", stack.shared().key().getKeyId(),
                "CPF_MAC_KEY_ID", cpfMacKey.key().getKeyId(),
                "PROVIDER_SECRET_ARN", stack.providerSecret().getSecretArn(),
                "EXTRACTION_QUEUE_URL", queue.queue().getQueueUrl(),
                "EXTRACTION_DEADLINE_MS", "20000",
                "ASYNC_EXTRACTION_DEADLINE_SECONDS", "240"));
    environment.putAll(webhooks.environment());

    var extractEnvironment = new HashMap<>(environment);
    extractEnvironment.putAll(rateLimits.environment(RateLimitsFeature.EXTRACTIONS));
    var extract =
        function(
            stack,
            "ExtractFinancialData",
            "ExtractFinancialDataHandler",
            SYNC_TIMEOUT,
            extractEnvironment);
    rateLimits.grantTake(extract);
    grantVault(stack, vault, extract);
    cpfMacKey.grantGenerateMac(extract.function());
    SecretReadAccess.grant(stack.providerSecret(), stack.shared().key(), extract.function());
    queue.grantSend(extract.function());
    stack
        .routes()
        .protectedRoute(HttpMethod.POST, "/extract-financial-data", extract, identity.authorizer());

    var results =
        function(stack, "GetExtraction", "GetExtractionHandler", Duration.seconds(10), environment);
    grantVault(stack, vault, results);
    stack
        .routes()
        .protectedRoute(
            HttpMethod.GET, "/extractions/{extraction_id}", results, identity.authorizer());

    var worker =
        function(stack, "RunExtraction", "RunExtractionHandler", WORKER_TIMEOUT, environment);
    grantVault(stack, vault, worker);
    cpfMacKey.grantGenerateMac(worker.function());
    SecretReadAccess.grant(stack.providerSecret(), stack.shared().key(), worker.function());
    webhooks.grantPublish(worker);
    queue.consumedBy(worker, 1);
  }

  private static void grantVault(FinflowStack stack, EncryptedTable vault, JavaFunction function) {
    vault.grantItemActions(function.function(), GET, PUT);
    // Envelope encryption: data keys from the customer key, bound to an organization by the
    // encryption context.
    stack.shared().key().grant(function.function(), "kms:GenerateDataKey", "kms:Decrypt");
  }

  private static JavaFunction function(
      FinflowStack stack,
      String id,
      String handlerClass,
      Duration timeout,
      Map<String, String> environment) {
    return stack.function(
        id,
        JavaFunctionProps.of(
                "com.finflow.extraction.lambda." + handlerClass + "::handleRequest", timeout)
            .withEnvironment(environment));
  }
}
