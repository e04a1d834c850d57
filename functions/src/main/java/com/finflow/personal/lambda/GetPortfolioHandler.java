package com.finflow.personal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.personal.GetPortfolio;
import com.finflow.personal.adapters.PersonalWiring;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.Callers;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.http.HttpResult;
import com.finflow.shared.lambda.HttpFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code GET /me/portfolio?at=}: the caller's accounts and holdings valued on a day. */
public final class GetPortfolioHandler extends HttpFunction {

  private final GetPortfolio getPortfolio;

  public GetPortfolioHandler() {
    this(PersonalWiring.getPortfolio());
  }

  GetPortfolioHandler(GetPortfolio getPortfolio) {
    this.getPortfolio = getPortfolio;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        http -> {
          var caller = Callers.of(http);
          return HttpResult.json(
              200, PortfolioView.of(getPortfolio.on(caller.userId(), day(http))));
        });
  }

  /** The optional {@code at}: a date as YYYY-MM-DD, and no other parameter. */
  static Optional<LocalDate> day(APIGatewayV2HTTPEvent event) {
    Map<String, String> query = SecurityQueries.query(event);
    List<FieldError> errors = new ArrayList<>();
    SecurityQueries.refuseUnknown(query, Set.of("at"), errors);
    Optional<String> at = Optional.ofNullable(query.get("at"));
    if (at.isPresent() && !ListTransactionsRequest.isDate(at.get())) {
      errors.add(new FieldError("/query/at", "must be a date as YYYY-MM-DD"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return at.map(LocalDate::parse);
  }
}
