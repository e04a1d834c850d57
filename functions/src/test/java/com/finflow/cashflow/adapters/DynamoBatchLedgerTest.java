package com.finflow.cashflow.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.cashflow.Batch;
import com.finflow.cashflow.CashflowPorts;
import com.finflow.cashflow.FeedRow;
import com.finflow.cashflow.IngestBatch;
import com.finflow.cashflow.Rule;
import com.finflow.cashflow.Source;
import com.finflow.shared.aws.LocalDynamoDb;
import com.finflow.shared.failure.InvalidInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DynamoBatchLedgerTest {

  private static final String ORGANIZATION = CashflowPorts.ADMIN.organizationId();
  private final String table = CashflowAdapters.newCashflowTable();
  private final DynamoBatchLedger ledger =
      new DynamoBatchLedger(LocalDynamoDb.client(), table, Clock.systemUTC());
  private final DynamoCompanies companies = new DynamoCompanies(LocalDynamoDb.client(), table);
  private final DynamoQuarantineRecords quarantine =
      new DynamoQuarantineRecords(LocalDynamoDb.client(), table);
  private final CashflowPorts ports =
      new CashflowPorts(
          ledger,
          companies,
          companies,
          companies,
          new DynamoAggregates(LocalDynamoDb.client(), table),
          quarantine);
  private final IngestBatch ingest = ports.ingestBatch();

  private static List<FeedRow> rows(int count) {
    List<FeedRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          new FeedRow(
              "t" + (i % (count - 5)),
              "DE89370400440532013000",
              "GB29NWBK60161331926819",
              "1.00",
              "EUR",
              "2024-01-01T00:00:" + String.format("%02d", i % (count - 5) % 60) + "Z"));
    }
    return rows;
  }

  @Test
  void fourDeliveriesOfOneBatchAtOnceApplyItOnce() throws Exception {
    ports.company("acme", "", "DE89370400440532013000");
    Batch batch = new Batch(Source.SEPA, "concurrent", rows(400));
    List<Future<IngestBatch.Outcome>> outcomes = new ArrayList<>();
    try (ExecutorService workers = Executors.newFixedThreadPool(4)) {
      for (int i = 0; i < 4; i++) {
        outcomes.add(workers.submit(() -> ingest.ingest(ORGANIZATION, batch)));
      }
      for (Future<IngestBatch.Outcome> outcome : outcomes) {
        outcome.get();
      }
    }

    assertThat(ports.summary("acme").transactionsCounted()).isEqualTo(395 - 5);
    assertThat(ports.summary("acme").transactionsQuarantined()).isEqualTo(10);
  }

  @Test
  void aCursorOfAnotherListingIsRefusedAsInvalidInput() {
    assertThatThrownBy(
            () ->
                quarantine.list(
                    ORGANIZATION,
                    Optional.of(Rule.BATCH_PAYMENT),
                    Optional.empty(),
                    Optional.of(ListingCursor.encode("NO_EXCHANGE_RATE#1:b")),
                    10))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                quarantine.list(
                    ORGANIZATION, Optional.empty(), Optional.empty(), Optional.of("@@"), 10))
        .isInstanceOf(InvalidInput.class);
  }
}
