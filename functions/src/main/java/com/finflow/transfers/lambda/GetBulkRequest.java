package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.AsciiText;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.transfers.GetBulk;
import com.finflow.transfers.GetBulkQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@code GET /transfers/bulk/{bulk_id}?from=0&limit=100} into a {@link GetBulkQuery}. */
final class GetBulkRequest {

  private GetBulkRequest() {}

  /**
   * The query; throws an {@link InvalidInput} naming every invalid parameter at once: a bulk id
   * that is not a UUID, a {@code from} or {@code limit} that is not a whole number of ASCII digits
   * in its range.
   */
  static GetBulkQuery parse(APIGatewayV2HTTPEvent request) {
    Map<String, String> query =
        Optional.ofNullable(request.getQueryStringParameters()).orElse(Map.of());
    String rawBulkId =
        Optional.ofNullable(request.getPathParameters())
            .map(path -> path.get("bulk_id"))
            .orElse("");
    List<FieldError> errors = new ArrayList<>();
    Optional<String> bulkId = ResourceIds.uuid(rawBulkId);
    if (bulkId.isEmpty()) {
      errors.add(new FieldError("/path/bulk_id", "must be a UUID"));
    }
    // A bulk holds at most 1,000 transfers, so a page starts at 999 at the latest.
    int from = number(query, "from", 0, 999, 0, errors);
    int limit = number(query, "limit", 1, GetBulk.MAX_PAGE, GetBulk.MAX_PAGE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new GetBulkQuery(bulkId.orElseThrow(), from, limit);
  }

  private static int number(
      Map<String, String> query,
      String name,
      int min,
      int max,
      int fallback,
      List<FieldError> errors) {
    String text = query.get(name);
    if (text == null) {
      return fallback;
    }
    OptionalInt number = AsciiText.wholeNumber(text);
    if (number.isEmpty() || number.getAsInt() < min || number.getAsInt() > max) {
      errors.add(
          new FieldError("/query/" + name, "must be a whole number from " + min + " to " + max));
      return fallback;
    }
    return number.getAsInt();
  }
}
