package com.finflow.emulators;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ, embedded: SQS, including redrive to dead-letter queues. */
public final class ElasticMq implements AutoCloseable {

  private final SQSRestServer server;
  private final int port;

  private ElasticMq(SQSRestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * @param publicPort the gateway's port: queue URLs handed out must lead back through the one AWS
   *     endpoint
   */
  public static ElasticMq start(int publicPort) {
    int port = FreePort.pick();
    SQSRestServer server =
        SQSRestServerBuilder.withInterface("127.0.0.1")
            .withPort(port)
            .withServerAddress(new NodeAddress("http", "localhost", publicPort, ""))
            .withAWSRegion(AwsAccount.REGION)
            .withAWSAccountId(AwsAccount.ACCOUNT_ID)
            .withSQSLimits(new SqsLimits())
            .start();
    server.waitUntilStarted();
    return new ElasticMq(server, port);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}
