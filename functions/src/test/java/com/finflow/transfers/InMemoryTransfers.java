package com.finflow.transfers;

import com.finflow.shared.Caller;
import com.finflow.shared.Json;
import com.finflow.shared.MutableClock;
import com.finflow.shared.money.Money;
import com.finflow.shared.quota.InMemoryQuota;
import com.finflow.shared.quota.RateLimit;
import com.finflow.webhooks.WebhookNotices;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * The transfer use cases on in-memory fakes: bulks, their outboxes and accounts, queues that keep
 * their messages for the test to deliver, a deduplicating bank and the notices published. One
 * organization has an account with a known balance.
 */
public final class InMemoryTransfers {

  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Caller ADMIN = new Caller("user-1", "org-1", "admin");
  public static final long STARTING_BALANCE = 1_000_000_00L;

  /** How long the writer of an outbox notice holds it before another drain may publish it. */
  public static final Duration LEASE = Duration.ofSeconds(30);

  /**
   * The counterparty account that {@link #bank} refuses as closed: the second of {@link
   * BulkCommands}.
   */
  public static final String CLOSED_ACCOUNT = BulkCommands.COUNTERPARTIES.get(1)[0];

  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  public final InMemoryBulks bulks =
      new InMemoryBulks(clock)
          .openAccount(
              BulkCommands.ORGANIZATION_IBAN,
              ADMIN.organizationId(),
              new Money(STARTING_BALANCE, EUR));
  public final RecordingQueues queues = new RecordingQueues();
  public final LedgerBank bank = new LedgerBank(Set.of(CLOSED_ACCOUNT));
  public final RecordingNotices notices = new RecordingNotices();
  public final InMemoryQuota bulkSubmissions =
      new InMemoryQuota(RateLimit.perMinute("bulk submissions", 60), clock);

  public SubmitBulk submitBulk() {
    return new SubmitBulk(bulks, bulks, queues, bulkSubmissions, clock, Duration.ofHours(24));
  }

  public GetBulk getBulk() {
    return new GetBulk(bulks, bulks);
  }

  public FanOutBulk fanOutBulk() {
    return new FanOutBulk(bulks, bulks, bulks, queues);
  }

  public ExecuteTransfer executeTransfer() {
    return executeTransfer(bank);
  }

  public ExecuteTransfer executeTransfer(Bank payingBank) {
    return executeTransfer(payingBank, notices);
  }

  /**
   * @param publishing where this worker publishes notices (one that dies, for a crash test)
   */
  public ExecuteTransfer executeTransfer(Bank payingBank, WebhookNotices publishing) {
    return new ExecuteTransfer(bulks, bulks, payingBank, queues, outbox(publishing), clock);
  }

  public SettleBulk settleBulk() {
    return settleBulk(notices);
  }

  /**
   * @param publishing where this worker publishes notices (one that dies, for a crash test)
   */
  public SettleBulk settleBulk(WebhookNotices publishing) {
    return new SettleBulk(bulks, bulks, outbox(publishing));
  }

  public ReconcileBulks reconcileBulks(Duration deadline) {
    return new ReconcileBulks(bulks, bulks, queues, outbox(), clock, deadline);
  }

  /** The bulks' outbox, published to {@link #notices}. */
  public DrainOutbox outbox() {
    return outbox(notices);
  }

  public DrainOutbox outbox(WebhookNotices publishing) {
    return new DrainOutbox(bulks, publishing, clock, LEASE);
  }

  /** Submits the bulk and answers its id. */
  public String accepted(SubmitBulkCommand command) {
    return bulkIdOf(submitBulk().submit(ADMIN, command));
  }

  /** Submits and fans out the bulk: its transfer orders wait in {@link #queues}. */
  public List<TransferOrder> fannedOut(SubmitBulkCommand command) {
    String bulkId = accepted(command);
    fanOutBulk().fanOut(bulkId);
    return queues.orders.stream().filter(order -> order.bulkId().equals(bulkId)).toList();
  }

  public Bulk bulk(String bulkId) {
    return bulks.find(bulkId).orElseThrow();
  }

  public InMemoryBulks.Account account() {
    return bulks.account(BulkCommands.ORGANIZATION_IBAN);
  }

  public static String bulkIdOf(SubmitBulk.Answer answer) {
    try {
      return Json.MAPPER.readTree(answer.json()).get("bulk_id").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
