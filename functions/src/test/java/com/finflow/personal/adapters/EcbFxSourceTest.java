package com.finflow.personal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.personal.DailyRates;
import com.finflow.shared.failure.UpstreamFailed;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ECB adapter on the ECB's own 90-day file as it served it on 3 March 2017 (committed under
 * {@code src/test/resources/personal/ecb/}), through a local HTTP server.
 */
class EcbFxSourceTest {

  private static final String RECORDED = "/personal/ecb/eurofxref-hist-90d-2017-03-03.xml";
  private static final Clock MARCH_3 =
      Clock.fixed(Instant.parse("2017-03-03T17:00:00Z"), ZoneOffset.UTC);

  private final List<String> paths = new ArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<byte[]> body = new AtomicReference<>(recorded());
  private final HttpServer server = serve();

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsEveryPublicationOfTheRecordedFileWithTheFiguresAsPublished() {
    List<DailyRates> days = source().publishedSince(LocalDate.of(2017, 1, 1));

    assertThat(days).hasSize(64);
    DailyRates newest = days.getFirst();
    assertThat(newest.published()).isEqualTo(LocalDate.of(2017, 3, 3));
    assertThat(newest.perEuro())
        .containsEntry("USD", new BigDecimal("1.0565"))
        .containsEntry("JPY", new BigDecimal("120.83"))
        .containsEntry("GBP", new BigDecimal("0.86355"))
        .containsEntry("BRL", new BigDecimal("3.308"))
        // Published then, but not currencies Finflow converts.
        .doesNotContainKeys("HRK", "RUB", "EUR")
        // Every other currency of GET /currencies but the Icelandic krona, not published then.
        .doesNotContainKey("ISK")
        .hasSize(29);
    assertThat(days.getLast().published()).isEqualTo(LocalDate.of(2016, 12, 5));
    // No publication on weekends, Christmas Day, Boxing Day or New Year's Day.
    assertThat(days)
        .extracting(DailyRates::published)
        .doesNotContain(
            LocalDate.of(2016, 12, 26), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 25))
        .allMatch(day -> day.getDayOfWeek().getValue() <= 5);
  }

  @Test
  void asksForTheSmallestFileThatReachesBackFarEnough() {
    source().publishedSince(LocalDate.of(2017, 3, 3));
    source().publishedSince(LocalDate.of(2017, 1, 2));
    source().publishedSince(LocalDate.of(1999, 1, 4));

    assertThat(paths)
        .containsExactly(
            "/stats/eurofxref/eurofxref-daily.xml",
            "/stats/eurofxref/eurofxref-hist-90d.xml",
            "/stats/eurofxref/eurofxref-hist.xml");
  }

  @Test
  void anErrorStatusOrABrokenDocumentIsAnUpstreamFailure() {
    status.set(503);
    assertThatThrownBy(() -> source().publishedSince(LocalDate.of(2017, 3, 1)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("503");

    status.set(200);
    byte[] whole = recorded();
    body.set(java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> source().publishedSince(LocalDate.of(2017, 3, 1)))
        .isInstanceOf(UpstreamFailed.class);

    body.set("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> source().publishedSince(LocalDate.of(2017, 3, 1)))
        .isInstanceOf(UpstreamFailed.class)
        .hasMessageContaining("gesmes:Envelope");
  }

  @Test
  void aDocumentTypeDeclarationIsNeverFollowed() {
    String entity = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
    body.set(
        ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \""
                + entity
                + "\">]>"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"><Cube>"
                + "<Cube time=\"2017-03-03\"><Cube currency=\"USD\" rate=\"&x;\"/></Cube></Cube>"
                + "</gesmes:Envelope>")
            .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> source().publishedSince(LocalDate.of(2017, 3, 1)))
        .isInstanceOf(UpstreamFailed.class);
    // Had the entity been resolved, the server would have been asked for it.
    assertThat(paths).doesNotContain("/entity").hasSize(1);
  }

  private EcbFxSource source() {
    return new EcbFxSource(
        HttpClient.newHttpClient(),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stats/eurofxref"),
        MARCH_3);
  }

  private HttpServer serve() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      http.createContext(
          "/",
          exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            byte[] bytes = body.get();
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          });
      http.start();
      return http;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] recorded() {
    try (InputStream in = EcbFxSourceTest.class.getResourceAsStream(RECORDED)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
