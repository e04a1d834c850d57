package com.finflow.transfers.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.shared.Json;
import com.finflow.transfers.BulkCommands;
import java.util.List;
import java.util.UUID;

/**
 * Test data: valid bulk submission bodies (the JSON of {@link BulkCommands}), paid from the
 * organization account FR76... to real-shaped counterparties.
 */
public final class BulkBodies {

  public static final String ORGANIZATION_IBAN = BulkCommands.ORGANIZATION_IBAN;
  public static final String ORGANIZATION_BIC = BulkCommands.ORGANIZATION_BIC;
  public static final List<String[]> COUNTERPARTIES = BulkCommands.COUNTERPARTIES;

  private BulkBodies() {}

  /** {@code count} transfers of {@code (i + 1).50} EUR each, with a fresh request id. */
  public static ObjectNode aBulkOf(int count) {
    return aBulkOf(count, UUID.randomUUID().toString(), ORGANIZATION_IBAN);
  }

  public static ObjectNode aBulkOf(int count, String requestId, String organizationIban) {
    ObjectNode body =
        Json.MAPPER
            .createObjectNode()
            .put("request_id", requestId)
            .put("organization_iban", organizationIban)
            .put("organization_bic", ORGANIZATION_BIC)
            .put("mode", "partial");
    ArrayNode transfers = body.putArray("credit_transfers");
    for (int index = 0; index < count; index++) {
      String[] counterparty = COUNTERPARTIES.get(index % COUNTERPARTIES.size());
      transfers
          .addObject()
          .put("transfer_id", "T-" + index)
          .put("amount", (index + 1) + ".50")
          .put("currency", "EUR")
          .put("counterparty_name", "Supplier " + index)
          .put("counterparty_bic", counterparty[1])
          .put("counterparty_iban", counterparty[0])
          .put("description", "Invoice 2026/" + index);
    }
    return body;
  }
}
