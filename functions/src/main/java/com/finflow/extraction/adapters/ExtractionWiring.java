package com.finflow.extraction.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.Deadline;
import com.finflow.extraction.ExtractFinancialData;
import com.finflow.extraction.ExtractionResults;
import com.finflow.extraction.OpenFinanceProvider;
import com.finflow.extraction.RetryingProvider;
import com.finflow.extraction.TokenVault;
import com.finflow.extraction.adapters.OpenFinanceBrasilClient;
import com.finflow.shared.Environment;
import com.finflow.shared.Json;
import com.finflow.shared.aws.AwsClients;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Builds the extraction use cases: the provider's address and registration secret come from Secrets Manager, read
 * once per container; its tokens live in the envelope-encrypted vault.
 */
public final class ExtractionWiring {

  private static final Duration BACKOFF_BASE = Duration.ofMillis(100);
  private static final Duration BACKOFF_CAP = Duration.ofSeconds(2);

  private ExtractionWiring() {}

  /** The provider behind retries bounded by {@code deadline}: one per extraction. */
  public static ExtractFinancialData extractFinancialData(OpenFinanceProvider provider, TokenVault vault,
      Deadline deadline) {
    return new ExtractFinancialData(new RetryingProvider(provider, deadline, BACKOFF_BASE, BACKOFF_CAP, 8), vault,
        Clock.systemUTC(), "open-finance-provider");
  }

  /** The container's provider client, built on first use from the provider secret (read once). */
  /** The container's extractions, each bound to its own deadline. */
  public static Function<Deadline, ExtractFinancialData> extractions() {
    return deadline -> extractFinancialData(provider(), vault(), deadline);
  }

  public static OpenFinanceProvider provider() {
    return ProviderHolder.INSTANCE;
  }

  /** The container's vault, whose caches stay warm between invocations. */
  public static TokenVault vault() {
    return VaultHolder.INSTANCE;
  }

  private static final class ProviderHolder {
    static final OpenFinanceProvider INSTANCE = providerFromSecret();
  }

  private static final class VaultHolder {
    static final TokenVault INSTANCE = ExtractionVault.fromEnvironment();
  }

  private static OpenFinanceProvider providerFromSecret() {
    String secret = AwsClients.secretsManager()
        .getSecretValue(request -> request.secretId(Environment.required("PROVIDER_SECRET_ARN"))).secretString();
    JsonNode credentials;
    try {
      credentials = Json.MAPPER.readTree(secret);
    } catch (Exception e) {
      throw new IllegalStateException("the provider secret is not JSON with base_url and registration_secret");
    }
    return new OpenFinanceBrasilClient(URI.create(credentials.path("base_url").asText()),
        credentials.path("registration_secret").asText());
  }

  public static ExtractionResults results(TokenVault vault) {
    return new ExtractionResults(vault, Clock.systemUTC());
  }

  /** How long a synchronous extraction may take: safely under API Gateway's 30 seconds. */
  public static Duration syncBudget() {
    return Duration.ofMillis(Long.parseLong(Environment.optional("EXTRACTION_DEADLINE_MS").orElse("20000")));
  }

  /** Asynchronous extractions run from the queue, with a worker timeout of minutes rather than seconds. */
  public static Duration asyncBudget() {
    return Duration.ofSeconds(Long.parseLong(Environment.optional("ASYNC_EXTRACTION_DEADLINE_SECONDS").orElse("240")));
  }

  public static String queueUrl() {
    return Environment.required("EXTRACTION_QUEUE_URL");
  }
}
