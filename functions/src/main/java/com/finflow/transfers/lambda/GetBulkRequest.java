package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.GetBulkQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code GET /transfers/bulk/{bulk_id}?from=0&limit=100} into a {@link GetBulkQuery}. */
final class GetBulkRequest {

  private GetBulkRequest() {}

  /**
   * The query; throws an {@link InvalidInput} naming every parameter that is not a whole number.
   */
  static GetBulkQuery parse(APIGatewayV2HTTPEvent request) {
    Map<String, String> query =
        Optional.ofNullable(request.getQueryStringParameters()).orElse(Map.of());
    String bulkId =
        Optional.ofNullable(request.getPathParameters())
            .map(path -> path.get("bulk_id"))
            .orElse("");
    List<FieldError> errors = new ArrayList<>();
    int from = number(query, "from", 0, errors);
    int limit = number(query, "limit", GetBulk.MAX_PAGE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new GetBulkQuery(bulkId, from, limit);
  }

  private static int number(
      Map<String, String> query, String name, int fallback, List<FieldError> errors) {
    String text = query.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      errors.add(new FieldError("/query/" + name, "must be a whole number"));
      return fallback;
    }
  }
}
