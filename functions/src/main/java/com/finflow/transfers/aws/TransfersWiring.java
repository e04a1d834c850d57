package com.finflow.transfers.aws;

import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.money.Money;
import com.finflow.shared.sqs.QueueConsumer;
import com.finflow.transfers.BulkReport;
import com.finflow.transfers.BulkStore;
import com.finflow.transfers.BulkValidation;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.ReconcileBulks;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.SubmitBulk;
import com.finflow.transfers.TransferLimits;
import com.finflow.transfers.TransferQueues;

import com.finflow.webhooks.adapters.WebhooksWiring;
import com.finflow.transfers.webhooks.WebhookNotices;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.SplittableRandom;

/** Builds the transfer use cases on DynamoDB, SQS and the bank's HTTP API from the function's environment. */
public final class TransfersWiring {

  private static final Currency EUR = Currency.getInstance("EUR");

  private TransfersWiring() {}

  public static SubmitBulk submitBulk() {
    Money maxPerTransfer = Money.parse(Environment.optional("MAX_TRANSFER_AMOUNT").orElse("1000000.00"), EUR)
        .orElseThrow(() -> new IllegalStateException("MAX_TRANSFER_AMOUNT is not a decimal EUR amount"));
    Duration retention = Duration.ofHours(Long.parseLong(Environment.optional("IDEMPOTENCY_RETENTION_HOURS").orElse("24")));
    return new SubmitBulk(new BulkValidation(new TransferLimits(1000, maxPerTransfer), WebhooksWiring.address()), store(), queues(),
        Clock.systemUTC(), retention);
  }

  public static BulkReport bulkReport() {
    return new BulkReport(store());
  }

  public static FanOutBulk fanOutBulk() {
    return new FanOutBulk(store(), queues());
  }

  public static ExecuteTransfer executeTransfer() {
    return new ExecuteTransfer(store(), new HttpBank(URI.create(Environment.required("BANK_URL"))), queues(),
        notices(), Clock.systemUTC(), crashAfterBankCall());
  }

  public static SettleBulk settleBulk() {
    return new SettleBulk(store(), notices());
  }

  private static WebhookNotices notices() {
    return new WebhookNotices(WebhooksWiring.notices());
  }

  public static ReconcileBulks reconcileBulks() {
    Duration deadline = Duration.ofSeconds(Long.parseLong(Environment.optional("RECONCILE_AFTER_SECONDS").orElse("300")));
    return new ReconcileBulks(store(), queues(), Clock.systemUTC(), deadline);
  }

  /** Consumes the queue named by {@code urlVariable} one message after the other, retrying with backoff (1 to 60 s). */
  public static QueueConsumer consumerOf(String urlVariable) {
    return new QueueConsumer(AwsClients.sqs(), Environment.required(urlVariable), 1, 60, false);
  }

  /** As {@link #consumerOf}, with the messages of a batch processed side by side. */
  public static QueueConsumer concurrentConsumerOf(String urlVariable) {
    return new QueueConsumer(AwsClients.sqs(), Environment.required(urlVariable), 1, 60, true);
  }

  private static BulkStore store() {
    return new DynamoBulkStore(AwsClients.dynamoDb(), Environment.required("TRANSFERS_TABLE"),
        Environment.required("ACCOUNTS_TABLE"));
  }

  private static TransferQueues queues() {
    return new SqsTransferQueues(AwsClients.sqs(), Environment.required("FANOUT_QUEUE_URL"),
        Environment.required("TRANSFER_QUEUE_URL"), Environment.required("SETTLEMENT_QUEUE_URL"));
  }

  // Fault tests set a rate to make the worker die between the bank's answer and its recording; never in production.
  private static Runnable crashAfterBankCall() {
    double rate = Double.parseDouble(Environment.optional("FINFLOW_FAULT_CRASH_AFTER_BANK_RATE").orElse("0"));
    if (rate <= 0) {
      return () -> {};
    }
    SplittableRandom random = new SplittableRandom(Long.parseLong(Environment.optional("FINFLOW_FAULT_SEED").orElse("7")));
    return () -> {
      boolean crash;
      synchronized (random) {
        crash = random.nextDouble() < rate;
      }
      if (crash) {
        throw new SimulatedCrash();
      }
    };
  }

  /** A worker dying after the bank paid and before Finflow recorded it: the message comes back. */
  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash() {
      super("simulated crash after the bank call", null, false, false);
    }
  }
}
