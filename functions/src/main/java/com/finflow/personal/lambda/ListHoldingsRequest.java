package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.ids.ResourceIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code GET /me/holdings?account=}: only the holdings of that account, if given. */
final class ListHoldingsRequest {

  private ListHoldingsRequest() {}

  static Optional<String> parse(APIGatewayV2HTTPEvent event) {
    Map<String, String> query =
        Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
    List<FieldError> errors = new ArrayList<>();
    for (String name : query.keySet()) {
      if (!name.equals("account")) {
        errors.add(new FieldError("/query/" + name, "is not a parameter of this operation"));
      }
    }
    Optional<String> account =
        Optional.ofNullable(query.get("account")).map(ResourceIds::uuid).orElse(Optional.empty());
    if (query.containsKey("account") && account.isEmpty()) {
      errors.add(
          new FieldError(
              "/query/account", "must be a UUID such as \"123e4567-e89b-12d3-a456-426614174000\""));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return account;
  }
}
