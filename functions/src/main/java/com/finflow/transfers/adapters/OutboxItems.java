package com.finflow.transfers.adapters;

import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.finflow.shared.Json;
import com.finflow.transfers.OutboxNotice;
import com.finflow.webhooks.WebhookNotice;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A notice in a bulk's outbox as its {@code OUTBOX#<notice id>} item in the transfers table, and
 * back. Every outbox item carries the sparse index key {@code outbox_shard}, so the index holds
 * exactly the notices not published yet, sorted by when they fall due ({@code due_at_ms}, epoch
 * milliseconds: a number sorts where ISO strings of varying precision would not).
 */
final class OutboxItems {

  static final String PREFIX = "OUTBOX#";
  static final String SHARD = "outbox_shard";
  static final String DUE = "due_at_ms";

  /** The value of the sparse index key that only outbox items carry. */
  static final String PENDING = "pending";

  private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};

  private OutboxItems() {}

  static Map<String, AttributeValue> itemOf(OutboxNotice outboxNotice) {
    WebhookNotice notice = outboxNotice.notice();
    Map<String, AttributeValue> item = new HashMap<>(keyOf(outboxNotice));
    item.put("notice_id", s(notice.id()));
    item.put("notice_type", s(notice.type()));
    item.put("organization_id", s(notice.organizationId()));
    item.put("subject", s(notice.subject()));
    item.put("url", s(notice.url().toString()));
    item.put("data", s(Json.write(notice.data())));
    item.put("written_at", s(Instant.now().toString()));
    item.put(SHARD, s(PENDING));
    item.put(DUE, n(outboxNotice.dueAt().toEpochMilli()));
    return item;
  }

  static OutboxNotice noticeOf(Map<String, AttributeValue> item) {
    return new OutboxNotice(
        BulkItems.bulkIdOf(item.get("pk").s()),
        new WebhookNotice(
            item.get("notice_id").s(),
            item.get("notice_type").s(),
            item.get("organization_id").s(),
            item.get("subject").s(),
            URI.create(item.get("url").s()),
            dataOf(item.get("data").s())),
        Instant.ofEpochMilli(Long.parseLong(item.get(DUE).n())));
  }

  static Map<String, AttributeValue> keyOf(OutboxNotice notice) {
    return Map.of(
        "pk", s(BulkTable.bulkKey(notice.bulkId())), "sk", s(PREFIX + notice.notice().id()));
  }

  private static Map<String, Object> dataOf(String json) {
    try {
      return Json.MAPPER.readValue(json, DATA);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
