package com.finflow.localstack.gateway;

import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One AWS endpoint in front of every emulator, so AWS_ENDPOINT_URL alone points any SDK or the CLI
 * at the stack.
 */
public final class AwsGateway implements AutoCloseable {

  private static final String TARGET_PORT = AwsGateway.class.getName() + ".port";

  private final Server server;
  private final GatewayFaults faults;

  private AwsGateway(Server server, GatewayFaults faults) {
    this.server = server;
    this.faults = faults;
  }

  public static AwsGateway start(
      int port, Map<AwsService, Integer> emulatorPorts, GatewayFaults faults) {
    AwsGateway gateway = listen(port, faults);
    gateway.routeTo(emulatorPorts);
    return gateway;
  }

  /**
   * Listens before any emulator starts, routing nothing yet: a port the system gives ({@code 0}) is
   * held from the start, where a port picked free and bound later can be taken in between.
   */
  public static AwsGateway listen(int port, GatewayFaults faults) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("aws-gateway");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    ProxyHandler.Reverse proxy =
        new ProxyHandler.Reverse(
            request ->
                HttpURI.build(request.getHttpURI())
                    .scheme("http")
                    .host("127.0.0.1")
                    .port((Integer) request.getAttribute(TARGET_PORT)));
    server.setHandler(new ServiceRouter(proxy, faults));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "AWS gateway could not listen on port " + port + ": " + e.getMessage(), e);
    }
    return new AwsGateway(server, faults);
  }

  public GatewayFaults faults() {
    return faults;
  }

  /** Where each service's requests go from now on. */
  public void routeTo(Map<AwsService, Integer> emulatorPorts) {
    ((ServiceRouter) server.getHandler()).emulatorPorts = Map.copyOf(emulatorPorts);
  }

  public GatewayTraffic traffic() {
    return ((ServiceRouter) server.getHandler()).traffic;
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("AWS gateway did not stop cleanly: " + e.getMessage());
    }
  }

  private static final class ServiceRouter extends Handler.Wrapper {
    private volatile Map<AwsService, Integer> emulatorPorts = Map.of();
    private final GatewayFaults faults;
    private final GatewayTraffic traffic = new GatewayTraffic();

    ServiceRouter(Handler proxy, GatewayFaults faults) {
      super(proxy);
      this.faults = faults;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Optional<AwsService> service = serviceOf(request);
      if (service.isEmpty() || !emulatorPorts.containsKey(service.get())) {
        response.setStatus(400);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(
            true,
            java.nio.ByteBuffer.wrap(
                "{\"message\":\"the local AWS endpoint serves dynamodb, sqs, kms and secretsmanager; sign the request with one of them\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            callback);
        return true;
      }
      traffic.count(service.get());
      if (service.get() == AwsService.DYNAMODB && faults.throttleDynamoDb()) {
        DynamoDbThrottling.answer(response, callback);
        return true;
      }
      request.setAttribute(TARGET_PORT, emulatorPorts.get(service.get()));
      if (service.get() == AwsService.DYNAMODB) {
        String target = request.getHeaders().get("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        traffic.countDynamoDb(operation);
        return super.handle(
            DynamoDbWrites.counted(request, operation, traffic), response, callback);
      }
      return super.handle(request, response, callback);
    }

    private static Optional<AwsService> serviceOf(Request request) {
      String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
      if (authorization == null) {
        String query = request.getHttpURI().getQuery();
        authorization =
            query == null
                ? ""
                : "Credential="
                    + java.net.URLDecoder.decode(
                        query.replaceAll(".*X-Amz-Credential=([^&]*).*", "$1"),
                        java.nio.charset.StandardCharsets.UTF_8);
      }
      String target = request.getHeaders().get("X-Amz-Target");
      return AwsService.of(authorization, target == null ? "" : target);
    }
  }
}
