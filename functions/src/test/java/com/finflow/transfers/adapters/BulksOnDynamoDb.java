package com.finflow.transfers.adapters;

import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.BulkRecords;
import com.finflow.transfers.DrainOutbox;
import com.finflow.transfers.ExecuteTransfer;
import com.finflow.transfers.FanOutBulk;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.RecordingNotices;
import com.finflow.transfers.RecordingQueues;
import com.finflow.transfers.SettleBulk;
import com.finflow.transfers.SubmitBulk;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The bulk use cases wired on new tables of DynamoDB Local, with the queues, the bank and the
 * webhook publisher the test controls, and the organization's account opened with a known balance.
 */
abstract class BulksOnDynamoDb {

  protected static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  protected static final long STARTING_BALANCE = 1_000_000_00L;
  protected static final String CLOSED_ACCOUNT = "GB33BUKB20201555555555";

  private final DynamoBulkStore store = new DynamoBulkStore();
  protected final String table = store.transfersTable();
  protected final BulkRecords records = store.records();
  protected final RecordingQueues queues = new RecordingQueues();
  protected final RecordingNotices published = new RecordingNotices();
  protected final DrainOutbox outbox =
      new DrainOutbox(records.outbox(), published, Clock.systemUTC(), Duration.ofSeconds(30));
  protected final SubmitBulk submit =
      new SubmitBulk(
          records.acceptance(),
          records.submissions(),
          queues,
          organization -> {},
          Clock.systemUTC(),
          Duration.ofHours(24));
  protected final FanOutBulk fanOut =
      new FanOutBulk(records.bulks(), records.transfers(), records.fanOut(), queues);
  protected final SettleBulk settle = new SettleBulk(records.bulks(), records.settlement(), outbox);
  protected final GetBulk getBulk = new GetBulk(records.bulks(), records.transfers());

  BulksOnDynamoDb() {
    openAccount(BulkCommands.ORGANIZATION_IBAN, "org-1", STARTING_BALANCE);
  }

  protected ExecuteTransfer executeTransfer(com.finflow.transfers.Bank bank) {
    return new ExecuteTransfer(
        records.bulks(), records.ledger(), bank, queues, outbox, Clock.systemUTC());
  }

  protected String acceptedBulkOf(int count) {
    return bulkIdOf(submit.submit(ADMIN, BulkCommands.aBulkOf(count).build()));
  }

  protected static String bulkIdOf(SubmitBulk.Answer answer) {
    try {
      return Json.MAPPER.readTree(answer.json()).get("bulk_id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  protected Map<String, String> account() {
    Map<String, String> values = new HashMap<>();
    store
        .account(BulkCommands.ORGANIZATION_IBAN)
        .forEach((name, value) -> values.put(name, value.n() != null ? value.n() : value.s()));
    return values;
  }

  protected void openAccount(String iban, String organization, long balance) {
    store.openAccount(iban, organization, balance);
  }

  protected static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        futures.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    }
  }
}
