package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.cashflow.Batch;
import com.finflow.cashflow.FeedRow;
import com.finflow.cashflow.Source;
import com.finflow.cashflow.adapters.BatchMessages;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.RequestBodies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code POST /cashflow/batches}: a batch of at most {@value Batch#MAX_ROWS} rows and 1 MiB,
 * every field of every row valid, else 422 naming each by JSON Pointer and nothing is written.
 */
final class SubmitBatchRequest {

  private static final String[] ROW_FIELDS = {
    "id", "payer_iban", "beneficiary_iban", "amount", "currency", "timestamp"
  };

  private SubmitBatchRequest() {}

  static Batch parse(APIGatewayV2HTTPEvent event) {
    BodyFields fields = new BodyFields(RequestBodies.objectOf(event));
    Source source = Source.SEPA;
    String sourceText = fields.text("source", 5);
    try {
      source = Source.valueOf(sourceText);
    } catch (IllegalArgumentException e) {
      if (!sourceText.isEmpty()) {
        fields.reject("source", "must be SEPA or SWIFT");
      }
    }
    String batchId = fields.text("batch_id", Batch.MAX_BATCH_ID_LENGTH);
    List<FeedRow> rows = new ArrayList<>();
    JsonNode transactions = fields.member("transactions").orElse(null);
    if (transactions == null) {
      fields.reject("transactions", "is required");
    } else if (!transactions.isArray()
        || transactions.isEmpty()
        || transactions.size() > Batch.MAX_ROWS) {
      fields.reject("transactions", "must be an array of 1 to " + Batch.MAX_ROWS + " rows");
    } else {
      BodyFields ofRows = fields.nested(transactions, "/transactions");
      for (int i = 0; i < transactions.size(); i++) {
        JsonNode row = transactions.get(i);
        if (!row.isObject()) {
          ofRows.reject(String.valueOf(i), "must be an object");
          continue;
        }
        BodyFields ofRow = ofRows.nested(row, "/transactions/" + i);
        Set<String> notText = new HashSet<>();
        for (String name : ROW_FIELDS) {
          JsonNode value = ofRow.member(name).orElse(null);
          boolean integerId = "id".equals(name) && value != null && value.isIntegralNumber();
          if (value != null && !value.isTextual() && !integerId) {
            ofRow.reject(name, "must be a string");
            notText.add(name);
          }
        }
        FeedRow read = BatchMessages.rowOf(row);
        // Every other problem, a null member included (it reads as missing), is named once.
        for (Map.Entry<String, String> problem : read.problems().entrySet()) {
          if (!notText.contains(problem.getKey())) {
            ofRow.reject(problem.getKey(), problem.getValue());
          }
        }
        rows.add(read);
      }
    }
    fields.throwIfInvalid();
    return new Batch(source, batchId, rows);
  }
}
