package com.finflow.cashflow.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.cashflow.Batch;
import com.finflow.cashflow.FeedRow;
import com.finflow.cashflow.Source;
import com.finflow.shared.Json;
import com.finflow.shared.sqs.UnreadableMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch as a message of the ingestion queue: the very JSON of {@code POST /cashflow/batches},
 * with the organization in the message attribute {@value #ORGANIZATION_ATTRIBUTE}. A row that does
 * not read is kept as it is (it is quarantined as MALFORMED_ROW); a message that is not a batch at
 * all is unreadable and goes to the dead-letter queue.
 */
public final class BatchMessages {

  public static final String ORGANIZATION_ATTRIBUTE = "organization_id";

  private BatchMessages() {}

  /** A received batch and the organization it belongs to. */
  public record Received(String organizationId, Batch batch) {}

  public static String write(Batch batch) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("source", batch.source().name());
    json.put("batch_id", batch.batchId());
    ArrayNode rows = json.putArray("transactions");
    for (FeedRow row : batch.rows()) {
      ObjectNode item = rows.addObject();
      item.put("id", row.id());
      item.put("payer_iban", row.payerIban());
      item.put("beneficiary_iban", row.beneficiaryIban());
      item.put("amount", row.amount());
      item.put("currency", row.currency());
      item.put("timestamp", row.timestamp());
    }
    return json.toString();
  }

  /**
   * @param attributes the message's string attributes
   * @throws UnreadableMessage when the body is not a batch or the organization is missing
   */
  public static Received read(String body, Map<String, String> attributes) {
    String organizationId = attributes.getOrDefault(ORGANIZATION_ATTRIBUTE, "");
    if (organizationId.isBlank()) {
      throw new UnreadableMessage("a batch without the organization_id attribute");
    }
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new UnreadableMessage("not a batch: not JSON");
    }
    if (json == null || !json.isObject()) {
      throw new UnreadableMessage("not a batch: not a JSON object");
    }
    Source source;
    try {
      source = Source.valueOf(json.path("source").asText(""));
    } catch (IllegalArgumentException e) {
      throw new UnreadableMessage("not a batch: source is not SEPA or SWIFT");
    }
    String batchId = json.path("batch_id").isTextual() ? json.path("batch_id").asText() : "";
    if (batchId.isEmpty() || batchId.length() > Batch.MAX_BATCH_ID_LENGTH) {
      throw new UnreadableMessage("not a batch: batch_id is missing or too long");
    }
    JsonNode transactions = json.path("transactions");
    if (!transactions.isArray() || transactions.size() > Batch.MAX_ROWS) {
      throw new UnreadableMessage("not a batch: transactions is not an array of at most 5,000");
    }
    List<FeedRow> rows = new ArrayList<>();
    transactions.forEach(row -> rows.add(rowOf(row)));
    return new Received(organizationId, new Batch(source, batchId, rows));
  }

  /** A row as sent; a field that is absent or not text (an integer id aside) reads as empty. */
  public static FeedRow rowOf(JsonNode row) {
    return new FeedRow(
        row.path("id").isIntegralNumber() ? row.path("id").asText() : text(row, "id"),
        text(row, "payer_iban"),
        text(row, "beneficiary_iban"),
        text(row, "amount"),
        text(row, "currency"),
        text(row, "timestamp"));
  }

  private static String text(JsonNode row, String name) {
    JsonNode value = row.path(name);
    return value.isTextual() ? value.asText() : "";
  }
}
