package com.finflow.localstack.openfinance;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An Open Finance Brasil data provider (a "transmissora"), simulated on this machine: OAuth
 * discovery, dynamic client registration and client-credentials tokens, consents API v3 and
 * accounts API v2, serving deterministic accounts and transactions for any valid CPF (or the
 * answers recorded at a real institution for its customer), with latency, errors, dropped
 * connections and a largest page that tests can dial in while it runs.
 */
public final class SandboxProvider implements AutoCloseable {

  private final Server server;
  private final ProviderSettings settings;
  private final FaultDraws draws;
  private final ProviderCalls calls;
  private final SandboxInstitution institution;

  private SandboxProvider(
      Server server,
      ProviderSettings settings,
      FaultDraws draws,
      ProviderCalls calls,
      SandboxInstitution institution) {
    this.server = server;
    this.settings = settings;
    this.draws = draws;
    this.calls = calls;
    this.institution = institution;
  }

  /** Port 0 picks a free port. */
  public static SandboxProvider start(int port, ProviderSettings settings) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("openfinance");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    FaultDraws draws = new FaultDraws(settings.faults());
    ProviderCalls calls = new ProviderCalls();
    SandboxInstitution institution = new SandboxInstitution();
    try {
      // The connector binds first: with port 0 the base URL in the API's answers needs the port
      // actually picked.
      connector.open();
      URI baseUrl = URI.create("http://localhost:" + connector.getLocalPort());
      server.setHandler(
          new ProviderApi(
              baseUrl,
              new AuthorizationServer(settings.registrationSecret()),
              new ConsentsApi(settings.authorisationDelay()),
              institution,
              draws,
              calls));
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // Nothing more to release: the failure to start is what the caller needs to hear about.
      }
      throw new IllegalStateException(
          "the sandbox Open Finance provider could not listen on port "
              + port
              + ": "
              + e.getMessage(),
          e);
    }
    return new SandboxProvider(server, settings, draws, calls, institution);
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /**
   * Where clients discover the provider, without a trailing slash: {@code http://localhost:PORT}.
   */
  public URI baseUrl() {
    return URI.create("http://localhost:" + port());
  }

  /** The initial access token {@code POST /register} requires. */
  public String registrationSecret() {
    return settings.registrationSecret();
  }

  /**
   * Requests per endpoint name ({@link ProviderEndpoint#wireName()}) since start-up or {@link
   * #resetCalls()}.
   */
  public Map<String, Long> calls() {
    return calls.snapshot();
  }

  public void resetCalls() {
    calls.reset();
  }

  public ProviderFaults faults() {
    return draws.faults();
  }

  /**
   * Replaces the faults for every request from now on; the draws restart from the new faults' seed.
   */
  public void faults(ProviderFaults faults) {
    draws.configure(faults);
  }

  /**
   * Serves the accounts API answers recorded at a real institution (see {@link RecordedCustomer}
   * for the directory's layout) to consents of the recording's customer, from now on.
   *
   * @return that customer's CPF
   */
  public String serveRecorded(Path directory) {
    RecordedCustomer customer = RecordedCustomer.at(directory);
    institution.record(customer);
    return customer.cpf().digits();
  }

  /** The generated customer of this CPF has {@code count} accounts from now on. */
  public void accountsOf(String cpf, int count) {
    institution.accounts(new Cpf(cpf), count);
  }

  /**
   * Serves at most {@code pageSize} accounts or transactions per page from now on, whatever {@code
   * page-size} asks, as institutions that serve fewer than the specs' 1,000 do.
   */
  public void largestPage(int pageSize) {
    institution.largestPage(pageSize);
  }

  public ProviderSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println(
          "the sandbox Open Finance provider did not stop cleanly: " + e.getMessage());
    }
  }
}
