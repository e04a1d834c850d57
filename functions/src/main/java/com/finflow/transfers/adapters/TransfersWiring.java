package com.finflow.transfers.adapters;

import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.aws.DynamoQuota;
import com.finflow.shared.money.Money;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.Bank;
import com.finflow.transfers.DrainOutbox;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.TransferLimits;
import com.finflow.transfers.TransferQueues;
import com.finflow.webhooks.WebhookAddress;
import com.finflow.webhooks.WebhookNotices;
import com.finflow.webhooks.adapters.WebhooksWiring;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.function.UnaryOperator;

/**
 * Builds the transfer use cases on DynamoDB, SQS and the bank's HTTP API from the function's
 * environment; each handler calls one factory once, when its container starts.
 */
public final class TransfersWiring {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final int MAX_TRANSFERS = 1000;

  private TransfersWiring() {}

  public static SubmitBulk submitBulk() {
    Duration retention =
        Duration.ofHours(
            Long.parseLong(Environment.optional("IDEMPOTENCY_RETENTION_HOURS").orElse("24")));
    DynamoBulkAcceptance acceptance = new DynamoBulkAcceptance(table());
    return new SubmitBulk(
        acceptance, acceptance, queues(), bulkSubmissionsQuota(), Clock.systemUTC(), retention);
  }

  /**
   * Each organization's bulk submissions per minute ({@code BULK_SUBMISSIONS_PER_MINUTE}, default
   * 60), counted in {@code RATE_LIMITS_TABLE}.
   */
  private static DynamoQuota bulkSubmissionsQuota() {
    return DynamoQuota.perMinuteFromEnvironment(
        "bulk submissions", "BULK_SUBMISSIONS_PER_MINUTE", 60);
  }

  /**
   * How many transfers a bulk may hold, and how much one may move ({@code MAX_TRANSFER_AMOUNT},
   * EUR).
   */
  public static TransferLimits limits() {
    Money maxPerTransfer =
        Money.parse(Environment.optional("MAX_TRANSFER_AMOUNT").orElse("1000000.00"), EUR)
            .orElseThrow(
                () -> new IllegalStateException("MAX_TRANSFER_AMOUNT is not a decimal EUR amount"));
    return new TransferLimits(MAX_TRANSFERS, maxPerTransfer);
  }

  /** Where a bulk's webhook may point. */
  public static WebhookAddress webhookAddress() {
    return WebhooksWiring.address();
  }

  public static GetBulk getBulk() {
    DynamoBulks bulks = bulks();
    return new GetBulk(bulks, bulks);
  }

  public static FanOutBulk fanOutBulk() {
    DynamoBulks bulks = bulks();
    return new FanOutBulk(bulks, bulks, bulks, queues());
  }

  public static ExecuteTransfer executeTransfer() {
    return executeTransfer(UnaryOperator.identity());
  }

  /**
   * @param bankAround wraps the bank's HTTP API, for a test that needs the bank to behave otherwise
   */
  public static ExecuteTransfer executeTransfer(UnaryOperator<Bank> bankAround) {
    BulkTable table = table();
    Bank bank = bankAround.apply(new HttpBank(URI.create(Environment.required("BANK_URL"))));
    return new ExecuteTransfer(
        new DynamoBulks(table),
        new DynamoTransferLedger(table),
        bank,
        queues(),
        outbox(table, WebhooksWiring.notices()),
        Clock.systemUTC());
  }

  public static SettleBulk settleBulk() {
    return settleBulk(UnaryOperator.identity());
  }

  /**
   * @param noticesAround wraps where notices are published, for a test that needs publishing to
   *     fail after the settlement
   */
  public static SettleBulk settleBulk(UnaryOperator<WebhookNotices> noticesAround) {
    BulkTable table = table();
    return new SettleBulk(
        new DynamoBulks(table),
        new DynamoBulkSettlement(table),
        outbox(table, noticesAround.apply(WebhooksWiring.notices())));
  }

  public static ReconcileBulks reconcileBulks() {
    Duration deadline =
        Duration.ofSeconds(
            Long.parseLong(Environment.optional("RECONCILE_AFTER_SECONDS").orElse("300")));
    BulkTable table = table();
    return new ReconcileBulks(
        new DynamoBulks(table),
        new DynamoBulkAcceptance(table),
        queues(),
        outbox(table, WebhooksWiring.notices()),
        Clock.systemUTC(),
        deadline);
  }

  /**
   * Consumes the queue named by {@code urlVariable} one message after the other, retrying with
   * backoff (1 to 60 s).
   */
  public static QueueConsumer consumerOf(String urlVariable) {
    return new QueueConsumer(AwsClients.sqs(), Environment.required(urlVariable), 1, 60, false);
  }

  /** As {@link #consumerOf}, with the messages of a batch processed side by side. */
  public static QueueConsumer concurrentConsumerOf(String urlVariable) {
    return new QueueConsumer(AwsClients.sqs(), Environment.required(urlVariable), 1, 60, true);
  }

  /**
   * The bulks' outbox, published through {@code notices}; a notice's writer holds it for {@code
   * OUTBOX_LEASE_SECONDS} (30, the workers' timeout) before the reconciler may publish it instead.
   */
  private static DrainOutbox outbox(BulkTable table, WebhookNotices notices) {
    Duration lease =
        Duration.ofSeconds(
            Long.parseLong(Environment.optional("OUTBOX_LEASE_SECONDS").orElse("30")));
    return new DrainOutbox(new DynamoNoticeOutbox(table), notices, Clock.systemUTC(), lease);
  }

  private static DynamoBulks bulks() {
    return new DynamoBulks(table());
  }

  private static BulkTable table() {
    return new BulkTable(
        AwsClients.dynamoDb(),
        Environment.required("TRANSFERS_TABLE"),
        Environment.required("ACCOUNTS_TABLE"));
  }

  private static TransferQueues queues() {
    return new SqsTransferQueues(
        AwsClients.sqs(),
        Environment.required("FANOUT_QUEUE_URL"),
        Environment.required("TRANSFER_QUEUE_URL"),
        Environment.required("SETTLEMENT_QUEUE_URL"));
  }
}
