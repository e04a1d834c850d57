package com.finflow.localstack.openfinance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The provider's HTTP interface. Every request to one of its {@link ProviderEndpoint}s is counted,
 * then waits and may be faulted as the faults in force say, then needs a bearer token with the
 * endpoint's scope if it is an Open Finance resource, and only then reaches the API that serves it.
 * Every answer echoes the request's {@code x-fapi-interaction-id}, or carries a new one.
 */
final class ProviderApi extends Handler.Abstract {

  static final String INTERACTION_ID = "x-fapi-interaction-id";

  private final URI baseUrl;
  private final AuthorizationServer authorization;
  private final ConsentsApi consents;
  private final AccountsApi accounts;
  private final SandboxControl control;
  private final FaultDraws draws;
  private final ProviderCalls calls;

  ProviderApi(
      URI baseUrl,
      AuthorizationServer authorization,
      ConsentsApi consents,
      SandboxInstitution institution,
      FaultDraws draws,
      ProviderCalls calls) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.consents = consents;
    this.accounts = new AccountsApi(consents, institution);
    this.control = new SandboxControl(draws, calls);
    this.draws = draws;
    this.calls = calls;
  }

  /** An endpoint a path addresses, the one method it takes, and the id the path carries, if any. */
  private record Route(ProviderEndpoint endpoint, String method, String id) {}

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String interactionId =
        Optional.ofNullable(request.getHeaders().get(INTERACTION_ID))
            .filter(value -> !value.isBlank())
            .orElseGet(() -> UUID.randomUUID().toString());
    ProviderRequest incoming = read(request);
    ProviderAnswer answer;
    if (incoming.path().startsWith(SandboxControl.PREFIX)) {
      answer = control.handle(incoming);
    } else {
      Optional<Route> route = route(incoming.path());
      if (route.isEmpty()) {
        answer = ProviderAnswer.notFound("no such resource: " + incoming.path());
      } else {
        calls.count(route.get().endpoint());
        Thread.sleep(draws.faults().of(route.get().endpoint()).latency());
        FaultDraws.Fault fault = draws.draw(route.get().endpoint());
        if (fault == FaultDraws.Fault.DROP) {
          drop(request, callback);
          return true;
        }
        answer = fault == FaultDraws.Fault.NONE ? serve(route.get(), incoming) : faulted(fault);
      }
    }
    write(answer.withHeader(INTERACTION_ID, interactionId), response, callback);
    return true;
  }

  private ProviderAnswer serve(Route route, ProviderRequest request) {
    if (!route.method().equals(request.method())
        && !(route.endpoint() == ProviderEndpoint.REGISTER
            && route.id() != null
            && request.method().equals("GET"))) {
      return ProviderAnswer.methodNotAllowed(route.method());
    }
    return switch (route.endpoint()) {
      case WELL_KNOWN -> authorization.discovery(request);
      case REGISTER ->
          route.id() == null
              ? authorization.register(request)
              : authorization.readRegistration(request, route.id());
      case TOKEN -> authorization.token(request);
      case CONSENTS -> withToken(request, "consents", token -> consents.create(request, token));
      case CONSENT ->
          withToken(request, "consents", token -> consents.read(request, token, route.id()));
      case ACCOUNTS -> withToken(request, "accounts", token -> accounts.accounts(request, token));
      case BALANCES ->
          withToken(request, "accounts", token -> accounts.balances(request, token, route.id()));
      case TRANSACTIONS ->
          withToken(
              request, "accounts", token -> accounts.transactions(request, token, route.id()));
    };
  }

  private ProviderAnswer withToken(
      ProviderRequest request,
      String scope,
      java.util.function.Function<AccessToken, ProviderAnswer> answer) {
    Optional<AccessToken> token = authorization.authenticate(request);
    if (token.isEmpty()) {
      return ProviderAnswer.unauthorized(
          "a bearer access token from " + baseUrl + "/token is required");
    }
    if (!token.get().scopes().contains(scope)) {
      return ProviderAnswer.forbidden("the access token lacks the scope " + scope);
    }
    return answer.apply(token.get());
  }

  private static Optional<Route> route(String path) {
    if (path.equals("/.well-known/openid-configuration")) {
      return Optional.of(new Route(ProviderEndpoint.WELL_KNOWN, "GET", null));
    }
    if (path.equals("/register")) {
      return Optional.of(new Route(ProviderEndpoint.REGISTER, "POST", null));
    }
    if (path.startsWith("/register/") && path.indexOf('/', 10) < 0 && path.length() > 10) {
      return Optional.of(new Route(ProviderEndpoint.REGISTER, "GET", path.substring(10)));
    }
    if (path.equals("/token")) {
      return Optional.of(new Route(ProviderEndpoint.TOKEN, "POST", null));
    }
    if (path.equals(ConsentsApi.PATH)) {
      return Optional.of(new Route(ProviderEndpoint.CONSENTS, "POST", null));
    }
    if (path.startsWith(ConsentsApi.PATH + "/")) {
      String id = path.substring(ConsentsApi.PATH.length() + 1);
      return id.isEmpty() || id.contains("/")
          ? Optional.empty()
          : Optional.of(new Route(ProviderEndpoint.CONSENT, "GET", id));
    }
    if (path.equals(AccountsApi.PATH)) {
      return Optional.of(new Route(ProviderEndpoint.ACCOUNTS, "GET", null));
    }
    if (path.startsWith(AccountsApi.PATH + "/")) {
      String[] parts = path.substring(AccountsApi.PATH.length() + 1).split("/", -1);
      if (parts.length == 2 && !parts[0].isEmpty()) {
        return switch (parts[1]) {
          case "balances" -> Optional.of(new Route(ProviderEndpoint.BALANCES, "GET", parts[0]));
          case "transactions" ->
              Optional.of(new Route(ProviderEndpoint.TRANSACTIONS, "GET", parts[0]));
          default -> Optional.empty();
        };
      }
    }
    return Optional.empty();
  }

  private static ProviderAnswer faulted(FaultDraws.Fault fault) {
    return switch (fault) {
      case GATEWAY_TIMEOUT ->
          ProviderAnswer.error(
              504,
              "GATEWAY_TIMEOUT",
              "Tempo de resposta excedido",
              "the sandbox provider timed out (injected fault)");
      case SERVER_ERROR ->
          ProviderAnswer.error(
              500,
              "INTERNAL_SERVER_ERROR",
              "Erro interno",
              "the sandbox provider failed (injected fault)");
      case TOO_MANY_REQUESTS ->
          ProviderAnswer.error(
                  429,
                  "TOO_MANY_REQUESTS",
                  "Muitas requisições",
                  "the sandbox provider is rate limiting (injected fault)")
              .withHeader("Retry-After", "1");
      case NONE, DROP -> throw new IllegalArgumentException("not an answered fault: " + fault);
    };
  }

  /**
   * Closes the connection with nothing written, as a provider that crashed mid-request or a cut
   * network would.
   */
  private static void drop(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
    callback.failed(
        new EofException("connection dropped by the sandbox provider (injected fault)"));
  }

  private ProviderRequest read(Request request) throws java.io.IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
    }
    Map<String, String> query = new LinkedHashMap<>();
    Fields parameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    for (Fields.Field field : parameters) {
      query.putIfAbsent(field.getName(), field.getValue());
    }
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    return new ProviderRequest(
        request.getMethod(),
        Request.getPathInContext(request),
        request.getHttpURI().getQuery(),
        query,
        headers,
        body == null ? "" : body,
        baseUrl);
  }

  private static void write(ProviderAnswer answer, Response response, Callback callback) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (answer.body() == null) {
      callback.succeeded();
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    Content.Sink.write(response, true, ProviderJson.write(answer.body()), callback);
  }
}
