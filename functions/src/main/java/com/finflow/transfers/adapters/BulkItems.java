package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.shared.money.Money;
import com.finflow.transfers.Bulk;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.BulkStatus;
import com.finflow.transfers.Tally;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A bulk as its {@code BULK} item in the transfers table, and back. */
final class BulkItems {

  /** The value of the sparse index key that only open bulks carry. */
  static final String OPEN = "open";

  private BulkItems() {}

  static Map<String, AttributeValue> itemOf(Bulk bulk) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", s(BulkTable.bulkKey(bulk.id())));
    item.put("sk", s("BULK"));
    item.put("organization_id", s(bulk.organizationId()));
    item.put("account_iban", s(bulk.accountIban()));
    item.put("mode", s(bulk.mode().name()));
    item.put("status", s(bulk.status().name()));
    item.put("transfer_count", n(bulk.transferCount()));
    item.put("currency", s(bulk.total().currency().getCurrencyCode()));
    item.put("total_minor", n(bulk.total().minorUnits()));
    for (String counter : List.of("executed", "failed", "cancelled")) {
      item.put(counter + "_count", n(0));
      item.put(counter + "_minor", n(0));
    }
    item.put("created_at", s(bulk.createdAt().toString()));
    item.put("idempotency_key", s(bulk.idempotencyKey()));
    item.put("fanned_out", AttributeValue.fromBool(false));
    // Sparse index of open bulks: settlement removes the attribute, and the bulk leaves the index.
    item.put("open_shard", s(OPEN));
    bulk.webhookUrl().ifPresent(url -> item.put("webhook_url", s(url.toString())));
    return item;
  }

  static Bulk bulkOf(Map<String, AttributeValue> item) {
    Currency currency = Currency.getInstance(item.get("currency").s());
    return new Bulk(
        bulkIdOf(item.get("pk").s()),
        item.get("organization_id").s(),
        item.get("account_iban").s(),
        BulkMode.valueOf(item.get("mode").s()),
        BulkStatus.valueOf(item.get("status").s()),
        Integer.parseInt(item.get("transfer_count").n()),
        money(item, "total_minor", currency),
        new Tally(
            count(item, "executed_count"),
            count(item, "failed_count"),
            count(item, "cancelled_count"),
            money(item, "executed_minor", currency),
            money(item, "failed_minor", currency),
            money(item, "cancelled_minor", currency)),
        Instant.parse(item.get("created_at").s()),
        Optional.ofNullable(item.get("settled_at")).map(value -> Instant.parse(value.s())),
        Optional.ofNullable(item.get("webhook_url")).map(value -> URI.create(value.s())),
        item.get("idempotency_key").s(),
        item.get("fanned_out").bool());
  }

  private static int count(Map<String, AttributeValue> item, String name) {
    return Integer.parseInt(item.get(name).n());
  }

  private static Money money(Map<String, AttributeValue> item, String name, Currency currency) {
    return new Money(Long.parseLong(item.get(name).n()), currency);
  }

  static String bulkIdOf(String pk) {
    return pk.substring("BULK#".length());
  }
}
