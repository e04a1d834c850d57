package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.ListTransactions;
import com.finflow.personal.TransactionView;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /me/transactions}: a page of the caller's transactions, newest recorded first, with a
 * {@code next} link (the same filters and an opaque cursor) unless it is the last page.
 */
public final class ListTransactionsHandler extends HttpFunction {

  private final ListTransactions listTransactions;

  public ListTransactionsHandler() {
    this(PersonalWiring.listTransactions());
  }

  ListTransactionsHandler(ListTransactions listTransactions) {
    this.listTransactions = listTransactions;
  }

  /** A page as the API shows it. */
  record TransactionList(
      List<TransactionView> items, Optional<String> nextCursor, Map<String, String> links) {}

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          ListTransactions.Listing listing =
              listTransactions.list(caller, ListTransactionsRequest.parse(http));
          Optional<String> cursor = listing.after().map(TransactionCursor::of);
          Map<String, String> links = new LinkedHashMap<>();
          cursor.ifPresent(next -> links.put("next", nextLink(http, next)));
          return HttpResult.json(200, new TransactionList(listing.items(), cursor, links));
        });
  }

  private static String nextLink(APIGatewayV2HTTPEvent event, String cursor) {
    Map<String, String> query =
        new LinkedHashMap<>(Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()));
    query.put("cursor", cursor);
    return "/me/transactions?"
        + ListTransactionsRequest.PARAMETERS.stream()
            .filter(query::containsKey)
            .map(name -> name + "=" + URLEncoder.encode(query.get(name), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
