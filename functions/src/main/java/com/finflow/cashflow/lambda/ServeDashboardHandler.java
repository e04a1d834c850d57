package com.finflow.cashflow.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.http.HttpEndpoint;
import com.finflow.shared.lambda.HttpFunction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /cashflow/dashboard} and {@code GET /cashflow/dashboard/{asset}}: the cashflow
 * dashboard's page and its bundled script and stylesheet. Public, as a sign-in page must be: the
 * page signs in through {@code POST /auth/login} and calls the API with the token it gets.
 */
public final class ServeDashboardHandler extends HttpFunction {

  // Read and compressed once per container; SnapStart snapshots them with the rest of the heap.
  private final DashboardFiles files;

  public ServeDashboardHandler() {
    this(DashboardFiles.fromJar());
  }

  ServeDashboardHandler(DashboardFiles files) {
    this.files = files;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return HttpEndpoint.serve(
        event,
        context,
        request -> files.answer(assetOf(request), acceptsGzip(request.getHeaders())));
  }

  private static Optional<String> assetOf(APIGatewayV2HTTPEvent event) {
    return Optional.ofNullable(event.getPathParameters())
        .map(parameters -> parameters.get("asset"));
  }

  /** {@code gzip} among the accepted codings, unless given {@code q=0}. */
  static boolean acceptsGzip(Map<String, String> headers) {
    if (headers == null) {
      return false;
    }
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("accept-encoding"))
        .flatMap(header -> Arrays.stream(header.getValue().split(",")))
        .map(coding -> coding.strip().toLowerCase(Locale.ROOT).replace(" ", ""))
        .anyMatch(
            coding ->
                (coding.equals("gzip") || coding.startsWith("gzip;"))
                    && !coding.matches("gzip;q=0(\\.0{0,3})?"));
  }
}
