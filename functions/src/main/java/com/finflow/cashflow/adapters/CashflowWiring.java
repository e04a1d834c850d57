package com.finflow.cashflow.adapters;

import com.finflow.cashflow.BatchLedger;
import com.finflow.cashflow.ChangeFeedStatus;
import com.finflow.cashflow.ChangeSettings;
import com.finflow.cashflow.FeedRegistry;
import com.finflow.cashflow.GetBalanceAt;
import com.finflow.cashflow.GetBalances;
import com.finflow.cashflow.GetCompany;
import com.finflow.cashflow.GetCompanySummary;
import com.finflow.cashflow.GetFeed;
import com.finflow.cashflow.GetInterest;
import com.finflow.cashflow.GetQuarantineSummary;
import com.finflow.cashflow.IngestBatch;
import com.finflow.cashflow.ListCompanies;
import com.finflow.cashflow.ListQuarantine;
import com.finflow.cashflow.PullFeeds;
import com.finflow.cashflow.PutExchangeRate;
import com.finflow.cashflow.RegisterCompany;
import com.finflow.cashflow.RegisterFeed;
import com.finflow.cashflow.ReleaseHeldRows;
import com.finflow.cashflow.SubmitBatch;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.http.OutboundHttp;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.adapters.WebhooksWiring;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Builds the cashflow use cases on the cashflow table ({@code CASHFLOW_TABLE}), the ingestion queue
 * ({@code CASHFLOW_INGESTION_QUEUE_URL}) and the release queue ({@code
 * CASHFLOW_RELEASE_QUEUE_URL}); each handler calls one factory once, when its container starts.
 */
public final class CashflowWiring {

  private CashflowWiring() {}

  public static RegisterCompany registerCompany() {
    return new RegisterCompany(companies());
  }

  public static GetCompany getCompany() {
    return new GetCompany(companies());
  }

  public static ListCompanies listCompanies() {
    return new ListCompanies(companies());
  }

  public static PutExchangeRate putExchangeRate() {
    return new PutExchangeRate(companies(), aggregates(), queues());
  }

  public static ChangeSettings changeSettings() {
    return new ChangeSettings(companies());
  }

  public static SubmitBatch submitBatch() {
    return new SubmitBatch(ledger(), queues());
  }

  public static IngestBatch ingestBatch() {
    return ingestBatch(ledger -> ledger);
  }

  /** The same graph with the ledger wrapped, for tests that make the worker die between writes. */
  public static IngestBatch ingestBatch(UnaryOperator<BatchLedger> around) {
    DynamoCompanies companies = companies();
    return new IngestBatch(around.apply(ledger()), companies, companies, companies, queues());
  }

  public static ReleaseHeldRows releaseHeldRows() {
    return new ReleaseHeldRows(ledger(), companies());
  }

  public static GetCompanySummary getCompanySummary() {
    return new GetCompanySummary(companies(), aggregates());
  }

  public static GetBalances getBalances() {
    return new GetBalances(companies(), aggregates());
  }

  public static GetInterest getInterest() {
    DynamoCompanies companies = companies();
    return new GetInterest(companies, aggregates(), companies);
  }

  public static GetBalanceAt getBalanceAt() {
    return new GetBalanceAt(companies(), aggregates());
  }

  public static ListQuarantine listQuarantine() {
    return new ListQuarantine(quarantine(), companies());
  }

  public static GetQuarantineSummary getQuarantineSummary() {
    return new GetQuarantineSummary(aggregates());
  }

  public static RegisterFeed registerFeed() {
    return new RegisterFeed(feeds(), feedSecrets(), Clock.systemUTC());
  }

  /** Where a feed's base URL may point: as for webhooks. */
  public static WebhookAddress feedAddress() {
    return WebhooksWiring.address();
  }

  public static GetFeed getFeed() {
    return new GetFeed(feeds(), Clock.systemUTC());
  }

  public static ChangeFeedStatus changeFeedStatus() {
    return new ChangeFeedStatus(feeds(), Clock.systemUTC());
  }

  public static PullFeeds pullFeeds() {
    return pullFeeds(UnaryOperator.identity());
  }

  /**
   * The same graph with the feed registry wrapped, for tests that make the worker die between
   * writes. A lease lasts {@code CASHFLOW_FEED_LEASE_SECONDS} (default 900, past the function's
   * timeout, so a live run never loses it).
   */
  public static PullFeeds pullFeeds(UnaryOperator<FeedRegistry> around) {
    DynamoCompanies companies = companies();
    Duration lease =
        Duration.ofSeconds(
            Long.parseLong(Environment.optional("CASHFLOW_FEED_LEASE_SECONDS").orElse("900")));
    return new PullFeeds(
        around.apply(feeds()),
        new HttpFeedUpstream(OutboundHttp.client(Duration.ofSeconds(2)), feedSecrets()),
        new RegisterCompany(companies),
        putExchangeRate(),
        queues(),
        Clock.systemUTC(),
        new PullFeeds.Policy(Duration.ofMillis(100), Duration.ofSeconds(5), 8, lease));
  }

  /**
   * Consumes the queue named by {@code urlVariable}, the messages of a batch side by side (each is
   * its own batch), a failed one retried after 1 to 60 seconds.
   */
  public static QueueConsumer consumerOf(String urlVariable) {
    return new QueueConsumer(AwsClients.sqs(), Environment.required(urlVariable), 1, 60, true);
  }

  private static DynamoBatchLedger ledger() {
    return new DynamoBatchLedger(
        AwsClients.dynamoDb(), Environment.required("CASHFLOW_TABLE"), Clock.systemUTC());
  }

  private static DynamoAggregates aggregates() {
    return new DynamoAggregates(AwsClients.dynamoDb(), Environment.required("CASHFLOW_TABLE"));
  }

  private static DynamoQuarantineRecords quarantine() {
    return new DynamoQuarantineRecords(
        AwsClients.dynamoDb(), Environment.required("CASHFLOW_TABLE"));
  }

  private static DynamoCompanies companies() {
    return new DynamoCompanies(AwsClients.dynamoDb(), Environment.required("CASHFLOW_TABLE"));
  }

  private static DynamoFeedRegistry feeds() {
    return new DynamoFeedRegistry(AwsClients.dynamoDb(), Environment.required("CASHFLOW_TABLE"));
  }

  private static SecretsManagerFeedSecrets feedSecrets() {
    return new SecretsManagerFeedSecrets(
        AwsClients.secretsManager(), Environment.required("SECRETS_KMS_KEY"));
  }

  private static SqsCashflowQueues queues() {
    return new SqsCashflowQueues(
        AwsClients.sqs(),
        Environment.required("CASHFLOW_INGESTION_QUEUE_URL"),
        Environment.required("CASHFLOW_RELEASE_QUEUE_URL"));
  }
}
