package com.finflow.extraction.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.Extractor;
import com.finflow.extraction.GetExtraction;
import com.finflow.extraction.OpenFinanceProvider;
import com.finflow.extraction.RetryingProvider;
import com.finflow.extraction.RunExtraction;
import com.finflow.shared.Environment;
import com.finflow.shared.Json;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.aws.DynamoQuota;
import com.finflow.shared.http.OutboundHttp;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.adapters.WebhooksWiring;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the extraction use cases, once per container (each handler builds its own when the
 * container starts): the provider sessions and extraction states in the tokens table ({@code
 * TOKENS_TABLE}) under KMS envelope encryption ({@code KEY_ID}), consents filed under a keyed hash
 * of the customer's CPF made with the KMS HMAC key {@code CPF_MAC_KEY_ID}, jobs on the extraction
 * queue ({@code EXTRACTION_QUEUE_URL}), the provider whose address and registration secret come
 * from Secrets Manager ({@code PROVIDER_SECRET_ARN}), and each organization's extractions per
 * minute ({@code EXTRACTIONS_PER_MINUTE}, default 30) counted in {@code RATE_LIMITS_TABLE}.
 */
public final class ExtractionWiring {

  private static final RetryingProvider.Policy RETRIES =
      new RetryingProvider.Policy(Duration.ofMillis(100), Duration.ofSeconds(2), 8);
  private static final String PROVIDER_NAME = "open-finance-provider";

  private ExtractionWiring() {}

  public static ExtractFinancialData extractFinancialData() {
    SealedItems items = sealedItems();
    return new ExtractFinancialData(
        extractor(items),
        new DynamoExtractionStore(items, Clock.systemUTC()),
        new SqsExtractionJobs(AwsClients.sqs(), queueUrl()),
        DynamoQuota.perMinuteFromEnvironment("extractions", "EXTRACTIONS_PER_MINUTE", 30),
        syncBudget(),
        Clock.systemUTC());
  }

  public static GetExtraction getExtraction() {
    return new GetExtraction(new DynamoExtractionStore(sealedItems(), Clock.systemUTC()));
  }

  public static RunExtraction runExtraction() {
    SealedItems items = sealedItems();
    return new RunExtraction(
        extractor(items),
        new DynamoExtractionStore(items, Clock.systemUTC()),
        WebhooksWiring.notices(),
        asyncBudget(),
        Clock.systemUTC());
  }

  /**
   * The extraction queue's consumer: one job at a time, a failed one retried after 1 to 60 seconds.
   */
  public static QueueConsumer extractionQueue() {
    return new QueueConsumer(AwsClients.sqs(), queueUrl(), 1, 60, false);
  }

  /** Where a webhook may go, checked when an asynchronous extraction is asked for. */
  public static WebhookAddress webhookAddress() {
    return WebhooksWiring.address();
  }

  private static Extractor extractor(SealedItems items) {
    // The clients, not the secret: built at init so the snapshot holds them primed; the secret's
    // value is still read on the first extraction.
    AwsClients.secretsManager();
    ProviderHttp.touch();
    return new Extractor(
        deadline -> new RetryingProvider(ProviderHolder.CLIENT, deadline, RETRIES),
        new DynamoProviderSessions(items, cpfLookupKeys(), Clock.systemUTC()),
        new DynamoTransactionHistory(items),
        Clock.systemUTC(),
        PROVIDER_NAME);
  }

  private static CpfLookupKeys cpfLookupKeys() {
    return new CpfLookupKeys(
        AwsClients.kms(), Environment.required("CPF_MAC_KEY_ID"), Clock.systemUTC());
  }

  private static SealedItems sealedItems() {
    return new SealedItems(
        AwsClients.dynamoDb(),
        Environment.required("TOKENS_TABLE"),
        new EnvelopeEncryption(AwsClients.kms(), Environment.required("KEY_ID")),
        Clock.systemUTC());
  }

  /** The provider's HTTP client, which needs no secret: built and primed at init. */
  private static final class ProviderHttp {
    static final HttpClient CLIENT = OutboundHttp.client(Duration.ofSeconds(2));

    static void touch() {
      // loading the class builds the client
    }
  }

  /**
   * Built on the first extraction rather than when the container starts, so no SnapStart snapshot
   * holds the secret.
   */
  private static final class ProviderHolder {
    static final OpenFinanceProvider CLIENT = providerFromSecret();
  }

  private static OpenFinanceProvider providerFromSecret() {
    String secret =
        AwsClients.secretsManager()
            .getSecretValue(
                request -> request.secretId(Environment.required("PROVIDER_SECRET_ARN")))
            .secretString();
    JsonNode credentials;
    try {
      credentials = Json.MAPPER.readTree(secret);
    } catch (Exception e) {
      throw new IllegalStateException(
          "the provider secret is not JSON with base_url and registration_secret");
    }
    return new OpenFinanceBrasilClient(
        ProviderHttp.CLIENT,
        URI.create(credentials.path("base_url").asText()),
        credentials.path("registration_secret").asText());
  }

  /** How long a synchronous extraction may take: safely under API Gateway's 30 seconds. */
  private static Duration syncBudget() {
    return Duration.ofMillis(
        Long.parseLong(Environment.optional("EXTRACTION_DEADLINE_MS").orElse("20000")));
  }

  /**
   * Asynchronous extractions run from the queue, with a worker timeout of minutes rather than
   * seconds.
   */
  private static Duration asyncBudget() {
    return Duration.ofSeconds(
        Long.parseLong(Environment.optional("ASYNC_EXTRACTION_DEADLINE_SECONDS").orElse("240")));
  }

  private static String queueUrl() {
    return Environment.required("EXTRACTION_QUEUE_URL");
  }
}
