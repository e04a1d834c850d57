package com.finflow.localstack.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.lambda.InvocationResult;
import com.finflow.localstack.lambda.LambdaRuntime;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The API Gateway HTTP API ($default stage): routes requests to functions with payload format 2.0.
 */
public final class HttpApiServer implements AutoCloseable {

  private final Server server;
  private final RouteTable routes;

  private HttpApiServer(Server server, RouteTable routes) {
    this.server = server;
    this.routes = routes;
  }

  public static HttpApiServer start(
      int port, RouteTable routes, LambdaRuntime lambda, String apiId) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("http-api");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new ApiHandler(routes, lambda, new HttpApiEvents(apiId)));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "HTTP API could not listen on port " + port + ": " + e.getMessage(), e);
    }
    return new HttpApiServer(server, routes);
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  public RouteTable routes() {
    return routes;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("HTTP API did not stop cleanly: " + e.getMessage());
    }
  }

  private static final class ApiHandler extends Handler.Abstract {
    private final RouteTable routes;
    private final LambdaRuntime lambda;
    private final HttpApiEvents events;
    private final RequestAuthorizer authorizers;

    ApiHandler(RouteTable routes, LambdaRuntime lambda, HttpApiEvents events) {
      this.routes = routes;
      this.lambda = lambda;
      this.events = events;
      this.authorizers = new RequestAuthorizer(lambda, events);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      IncomingRequest incoming = incoming(request);
      HttpApiResponse answer = answer(incoming);
      response.setStatus(answer.status());
      answer
          .headers()
          .forEach(header -> response.getHeaders().add(header.getKey(), header.getValue()));
      response.getHeaders().put("apigw-requestid", java.util.UUID.randomUUID().toString());
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
      return true;
    }

    private HttpApiResponse answer(IncomingRequest request) {
      Optional<RouteMatch> match = routes.match(request.method(), request.rawPath());
      if (match.isEmpty()) {
        return HttpApiResponse.message(404, "Not Found");
      }
      Optional<JsonNode> authorizerContext = Optional.empty();
      if (match.get().route().authorizer().isPresent()) {
        AuthorizerDecision decision =
            authorizers.authorize(match.get().route().authorizer().get(), request, match.get());
        switch (decision) {
          case AuthorizerDecision.Unauthorized unauthorized -> {
            return HttpApiResponse.message(401, "Unauthorized");
          }
          case AuthorizerDecision.Denied denied -> {
            return HttpApiResponse.message(403, "Forbidden");
          }
          case AuthorizerDecision.Failed failed -> {
            System.out.println(
                "authorizer for " + match.get().route().routeKey() + " failed: " + failed.reason());
            return HttpApiResponse.message(500, "Internal Server Error");
          }
          case AuthorizerDecision.Allowed allowed ->
              authorizerContext = Optional.of(allowed.context());
        }
      }
      String event = events.request(request, match.get(), authorizerContext).toString();
      InvocationResult result = lambda.invoke(match.get().route().function(), event);
      return switch (result) {
        case InvocationResult.Success success -> HttpApiResponse.fromPayload(success.payload());
        case InvocationResult.Failure failure ->
            HttpApiResponse.message(500, "Internal Server Error");
      };
    }

    private static IncomingRequest incoming(Request request) throws Exception {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers
            .computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
            .add(field.getValue());
      }
      Map<String, List<String>> query = new LinkedHashMap<>();
      Fields parameters = Request.extractQueryParameters(request);
      for (Fields.Field field : parameters) {
        query.put(field.getName(), field.getValues());
      }
      String rawQuery = request.getHttpURI().getQuery();
      ByteBuffer content = Content.Source.asByteBuffer(request);
      byte[] body = new byte[content.remaining()];
      content.get(body);
      String host = request.getHeaders().get("host");
      return new IncomingRequest(
          request.getMethod(),
          request.getHttpURI().getPath(),
          rawQuery == null ? "" : rawQuery,
          headers,
          query,
          body,
          Request.getRemoteAddr(request),
          request.getConnectionMetaData().getProtocol(),
          host == null ? "localhost" : host);
    }
  }
}
