package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.AccountValueView;
import com.finflow.personal.ListAccountValues;
import com.finflow.personal.adapters.BookWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.lambda.HttpFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /me/accounts/{account_id}/values?from=&to=&limit=&cursor=}: the values of one of the
 * caller's accounts, oldest first, with a {@code next} link (the same filters and a cursor) unless
 * it is the last page.
 */
public final class ListAccountValuesHandler extends HttpFunction {

  private final ListAccountValues listAccountValues;

  public ListAccountValuesHandler() {
    this(BookWiring.listAccountValues());
  }

  ListAccountValuesHandler(ListAccountValues listAccountValues) {
    this.listAccountValues = listAccountValues;
  }

  /** A page as the API shows it. */
  record ValueList(
      List<AccountValueView> items, Optional<String> nextCursor, Map<String, String> links) {}

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          String account = ResourceIds.uuidInPath(PathParameters.of(http), "account_id");
          var page = listAccountValues.list(caller, account, ListAccountValuesRequest.parse(http));
          Optional<String> cursor = page.next().map(LocalDate::toString);
          Map<String, String> links = new LinkedHashMap<>();
          cursor.ifPresent(next -> links.put("next", nextLink(http, account, next)));
          return HttpResult.json(200, new ValueList(page.items(), cursor, links));
        });
  }

  private static String nextLink(APIGatewayV2HTTPEvent event, String account, String cursor) {
    Map<String, String> query =
        new LinkedHashMap<>(Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()));
    query.put("cursor", cursor);
    return "/me/accounts/"
        + account
        + "/values?"
        + ListAccountValuesRequest.PARAMETERS.stream()
            .filter(query::containsKey)
            .map(name -> name + "=" + URLEncoder.encode(query.get(name), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
