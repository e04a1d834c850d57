package com.finflow.transfers;

import static com.finflow.transfers.InMemoryTransfers.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.Caller;
import com.finflow.shared.failure.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetBulkTest {

  private final InMemoryTransfers transfers = new InMemoryTransfers();
  private final GetBulk getBulk = transfers.getBulk();

  @Test
  void showsAFreshBulkWithEveryTransferPending() {
    String bulkId = transfers.accepted(BulkCommands.aBulkOf(3).build());

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 100));

    assertThat(view.status()).isEqualTo("accepted");
    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(0, 0, 0, 3));
    assertThat(view.amounts()).isEqualTo(new GetBulk.Amounts("7.50", "0.00", "0.00", "0.00"));
    assertThat(view.transfers()).extracting(GetBulk.TransferLine::status).containsOnly("pending");
    assertThat(view.transfers().get(2).counterpartyIban()).isEqualTo("NL91ABNA0417164300");
    assertThat(view.links())
        .isEqualTo(Map.of("self", "/transfers/bulk/" + bulkId + "?from=0&limit=100"));
  }

  @Test
  void showsHowEachEndedTransferEndedWithCountsThatAddUp() {
    List<TransferOrder> orders = transfers.fannedOut(BulkCommands.aBulkOf(3).build());
    String bulkId = orders.get(0).bulkId();
    transfers.executeTransfer().execute(orders.get(0), "delivery");
    transfers.executeTransfer().execute(orders.get(1), "delivery");

    GetBulk.View view = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 100));

    assertThat(view.counts()).isEqualTo(new GetBulk.Counts(1, 1, 0, 1));
    assertThat(view.amounts().executed()).isEqualTo("1.50");
    assertThat(view.amounts().failed()).isEqualTo("2.50");
    assertThat(view.transfers().get(0).status()).isEqualTo("executed");
    assertThat(view.transfers().get(0).bankReference()).isPresent();
    assertThat(view.transfers().get(1).status()).isEqualTo("failed");
    assertThat(view.transfers().get(1).failureReason()).contains("creditor account closed");
    assertThat(view.transfers().get(2).status()).isEqualTo("pending");
  }

  @Test
  void pagesTheTransfersWithALinkToTheNextPage() {
    String bulkId = transfers.accepted(BulkCommands.aBulkOf(5).build());

    GetBulk.View page = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 2, 2));

    assertThat(page.transfers()).extracting(GetBulk.TransferLine::index).containsExactly(2, 3);
    assertThat(page.links()).containsEntry("next", "/transfers/bulk/" + bulkId + "?from=4&limit=2");
  }

  @Test
  void clampsAPageToOneToAHundredTransfersFromTheFirst() {
    String bulkId = transfers.accepted(BulkCommands.aBulkOf(120).build());

    GetBulk.View tooSmall = getBulk.get(ADMIN, new GetBulkQuery(bulkId, -5, 0));
    GetBulk.View tooLarge = getBulk.get(ADMIN, new GetBulkQuery(bulkId, 0, 500));

    assertThat(tooSmall.transfers()).extracting(GetBulk.TransferLine::index).containsExactly(0);
    assertThat(tooLarge.transfers()).hasSize(GetBulk.MAX_PAGE);
    assertThat(tooLarge.links())
        .containsEntry("next", "/transfers/bulk/" + bulkId + "?from=100&limit=100");
  }

  @Test
  void hidesTheBulkFromAnotherOrganization() {
    String bulkId = transfers.accepted(BulkCommands.aBulkOf(1).build());

    NoSuchBulk hidden =
        catchThrowableOfType(
            NoSuchBulk.class,
            () ->
                getBulk.get(
                    new Caller("user-9", "org-9", "admin"), new GetBulkQuery(bulkId, 0, 10)));

    assertThat(hidden.category()).isEqualTo(Category.NOT_FOUND);
    assertThat(hidden.getMessage()).isEqualTo("no bulk with this id");
  }

  @Test
  void anUnknownBulkIsNotFound() {
    assertThat(
            catchThrowableOfType(
                NoSuchBulk.class, () -> getBulk.get(ADMIN, new GetBulkQuery("nope", 0, 10))))
        .isNotNull();
  }
}
