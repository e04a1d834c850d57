package com.finflow.localstack.bank;

import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The external bank Finflow sends payments to, simulated on this machine: idempotent by key, with a
 * ledger of what it executed, and with latency, outages and rejections that tests can dial in while
 * it runs.
 */
public final class SimulatedBank implements AutoCloseable {

  private final Server server;
  private final IdempotentPayments payments;

  private SimulatedBank(Server server, IdempotentPayments payments) {
    this.server = server;
    this.payments = payments;
  }

  /** Port 0 picks a free port. */
  public static SimulatedBank start(int port, BankBehaviour behaviour) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("bank");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    IdempotentPayments payments = new IdempotentPayments(behaviour);
    server.setHandler(new BankApi(payments));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "the simulated bank could not listen on port " + port + ": " + e.getMessage(), e);
    }
    return new SimulatedBank(server, payments);
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** Where clients send payments, without a trailing slash: {@code http://localhost:PORT}. */
  public URI baseUrl() {
    return URI.create("http://localhost:" + port());
  }

  public BankLedger ledger() {
    return payments.ledger();
  }

  public BankBehaviour behaviour() {
    return payments.behaviour();
  }

  /**
   * Changes latency, failure rates and seed for every request from now on; answers already final
   * stay final.
   */
  public void configure(BankBehaviour behaviour) {
    payments.configure(behaviour);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("the simulated bank did not stop cleanly: " + e.getMessage());
    }
  }
}
