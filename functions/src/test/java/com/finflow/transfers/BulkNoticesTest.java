package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.money.Money;
import com.finflow.webhooks.WebhookNotice;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BulkNoticesTest {

  private static final URI HOOK = URI.create("https://hooks.example.com/finflow");

  @Test
  void aSettledBulkIsNoticedWithItsStatusCountsAndAmounts() {
    WebhookNotice notice = BulkNotices.bulkSettled(bulk(Optional.of(HOOK))).orElseThrow();

    assertThat(notice.id()).isEqualTo("bulk.settled:bulk-1");
    assertThat(notice.type()).isEqualTo("bulk.settled");
    assertThat(notice.organizationId()).isEqualTo("org-1");
    assertThat(notice.subject()).isEqualTo("bulk/bulk-1");
    assertThat(notice.url()).isEqualTo(HOOK);
    assertThat(notice.data())
        .isEqualTo(
            Map.of(
                "bulk_id",
                "bulk-1",
                "status",
                "partially_completed",
                "transfer_count",
                3,
                "counts",
                Map.of("executed", 2, "failed", 1, "cancelled", 0),
                "amounts",
                Map.of("total", "6.00", "executed", "4.00", "currency", "EUR")));
  }

  @Test
  void aFailedTransferIsNoticedWithItsIndexAndReason() {
    WebhookNotice notice =
        BulkNotices.transferFailed(bulk(Optional.of(HOOK)), 2, "creditor account closed")
            .orElseThrow();

    assertThat(notice.id()).isEqualTo("transfer.failed:bulk-1:2");
    assertThat(notice.type()).isEqualTo("transfer.failed");
    assertThat(notice.subject()).isEqualTo("bulk/bulk-1");
    assertThat(notice.data())
        .isEqualTo(
            Map.of("bulk_id", "bulk-1", "transfer_index", 2, "reason", "creditor account closed"));
  }

  @Test
  void aBulkWithoutWebhookUrlIsNotNoticed() {
    assertThat(BulkNotices.bulkSettled(bulk(Optional.empty()))).isEmpty();
    assertThat(BulkNotices.transferFailed(bulk(Optional.empty()), 0, "creditor account closed"))
        .isEmpty();
  }

  private static Bulk bulk(Optional<URI> webhookUrl) {
    Tally tally = new Tally(2, 1, 0, new Money(4_00, EUR), new Money(2_00, EUR), Money.zero(EUR));
    return new Bulk(
        "bulk-1",
        "org-1",
        BulkCommands.ORGANIZATION_IBAN,
        BulkMode.PARTIAL,
        BulkStatus.ACCEPTED,
        3,
        new Money(6_00, EUR),
        tally,
        Instant.parse("2026-11-23T10:00:00Z"),
        Optional.empty(),
        webhookUrl,
        "key",
        true);
  }
}
