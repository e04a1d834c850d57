package com.finflow.transfers;

import com.finflow.shared.Caller;
import com.finflow.shared.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A bulk as its organization sees it: status, counts that add up, amounts, and a page of its
 * transfers.
 */
public final class GetBulk {

  public static final int MAX_PAGE = 100;

  private final Bulks bulks;
  private final BulkTransfers transfers;

  public GetBulk(Bulks bulks, BulkTransfers transfers) {
    this.bulks = bulks;
    this.transfers = transfers;
  }

  public record Counts(int executed, int failed, int cancelled, int pending) {}

  public record Amounts(String total, String executed, String failed, String cancelled) {}

  public record TransferLine(
      int index,
      Optional<String> transferId,
      String amount,
      String counterpartyName,
      String counterpartyIban,
      String status,
      Optional<String> failureReason,
      Optional<String> bankReference) {}

  public record View(
      String bulkId,
      String status,
      String mode,
      int transferCount,
      String currency,
      Counts counts,
      Amounts amounts,
      Instant createdAt,
      Optional<Instant> settledAt,
      List<TransferLine> transfers,
      Map<String, String> links) {}

  public View get(Caller caller, GetBulkQuery query) {
    String bulkId = query.bulkId();
    Bulk bulk =
        bulks
            .find(bulkId)
            .filter(found -> found.organizationId().equals(caller.organizationId()))
            .orElseThrow(NoSuchBulk::new);
    int first = Math.max(0, query.from());
    int size = Math.min(Math.max(1, query.limit()), MAX_PAGE);
    Map<Integer, TransferOutcome> outcomes =
        transfers.outcomes(bulkId, first, size).stream()
            .collect(Collectors.toMap(TransferOutcome::index, Function.identity()));
    List<TransferLine> lines =
        transfers.transfersOf(bulkId).stream()
            .skip(first)
            .limit(size)
            .map(transfer -> line(transfer, Optional.ofNullable(outcomes.get(transfer.index()))))
            .toList();
    Tally tally = bulk.tally();
    Map<String, String> links =
        first + size < bulk.transferCount()
            ? Map.of("self", path(bulkId, first, size), "next", path(bulkId, first + size, size))
            : Map.of("self", path(bulkId, first, size));
    return new View(
        bulk.id(),
        bulk.status().wireName(),
        bulk.mode().wireName(),
        bulk.transferCount(),
        bulk.total().currency().getCurrencyCode(),
        new Counts(tally.executed(), tally.failed(), tally.cancelled(), bulk.pending()),
        new Amounts(
            bulk.total().toDecimalString(),
            decimal(tally.executedAmount()),
            decimal(tally.failedAmount()),
            decimal(tally.cancelledAmount())),
        bulk.createdAt(),
        bulk.settledAt(),
        lines,
        links);
  }

  private static TransferLine line(CreditTransfer transfer, Optional<TransferOutcome> outcome) {
    return new TransferLine(
        transfer.index(),
        transfer.clientTransferId(),
        transfer.amount().toDecimalString(),
        transfer.counterpartyName(),
        transfer.counterpartyIban(),
        outcome.map(ended -> ended.status().wireName()).orElse(TransferStatus.PENDING.wireName()),
        outcome.flatMap(TransferOutcome::reason),
        outcome.flatMap(TransferOutcome::bankReference));
  }

  private static String decimal(Money money) {
    return money.toDecimalString();
  }

  private static String path(String bulkId, int from, int limit) {
    return "/transfers/bulk/" + bulkId + "?from=" + from + "&limit=" + limit;
  }
}
