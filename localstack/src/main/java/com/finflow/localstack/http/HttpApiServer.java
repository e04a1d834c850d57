package com.finflow.localstack.http;

import com.finflow.localstack.lambda.LambdaRuntime;
import java.time.Duration;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The API Gateway HTTP API ($default stage): routes requests to functions with payload format 2.0.
 */
public final class HttpApiServer implements AutoCloseable {

  /**
   * Longer than API Gateway ever waits (authorizer, then integration), so a slow function never
   * meets it.
   */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

  private final Server server;
  private final RouteTable routes;
  private final InvocationDeadline deadline;

  private HttpApiServer(Server server, RouteTable routes, InvocationDeadline deadline) {
    this.server = server;
    this.routes = routes;
    this.deadline = deadline;
  }

  public static HttpApiServer start(
      int port, RouteTable routes, LambdaRuntime lambda, String apiId) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("http-api");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector =
        new ServerConnector(server, new HttpConnectionFactory(configuration()));
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(connector);
    InvocationDeadline deadline = new InvocationDeadline();
    server.setHandler(
        new ApiHandler(new HttpApi(routes, lambda, new HttpApiEvents(apiId), deadline)));
    server.setErrorHandler(new GatewayErrorHandler());
    try {
      server.start();
    } catch (Exception e) {
      deadline.close();
      throw new IllegalStateException(
          "HTTP API could not listen on port " + port + ": " + e.getMessage(), e);
    }
    return new HttpApiServer(server, routes, deadline);
  }

  /**
   * The server lets through every path it can parse, so that API Gateway's rules decide which are
   * malformed ({@link GatewayAdmission}) instead of the server's own, and it says nothing about
   * itself.
   */
  private static HttpConfiguration configuration() {
    HttpConfiguration configuration = new HttpConfiguration();
    configuration.setUriCompliance(UriCompliance.UNSAFE);
    configuration.setRequestHeaderSize(GatewayLimits.SERVER_HEADER_BUFFER_BYTES);
    configuration.setSendServerVersion(false);
    configuration.setSendXPoweredBy(false);
    return configuration;
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
    deadline.close();
  }
}
