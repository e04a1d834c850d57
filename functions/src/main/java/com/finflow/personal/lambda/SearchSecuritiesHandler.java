package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.SearchSecurities;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;

/** {@code GET /securities?query=}: securities whose symbol or name matches the words. */
public final class SearchSecuritiesHandler extends HttpFunction {

  private final SearchSecurities searchSecurities;

  public SearchSecuritiesHandler() {
    this(PersonalWiring.searchSecurities());
  }

  SearchSecuritiesHandler(SearchSecurities searchSecurities) {
    super(PrimedWith.NO_QUERY_OR_BODY); // its sample's query would ask the price feed
    this.searchSecurities = searchSecurities;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http ->
            HttpResult.json(
                200,
                new SecurityView.Found(
                    searchSecurities.matching(SecurityQueries.words(http)).stream()
                        .map(SecurityView::of)
                        .toList())));
  }
}
