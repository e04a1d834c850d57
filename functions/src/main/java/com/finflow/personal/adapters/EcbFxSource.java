package com.finflow.personal.adapters;

import com.finflow.personal.DailyRates;
import com.finflow.personal.FxSource;
import com.finflow.shared.failure.UpstreamFailed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The European Central Bank's euro reference rates, from its public files: today's ({@code
 * eurofxref-daily.xml}), the last 90 days' ({@code eurofxref-hist-90d.xml}) or every day since 1999
 * ({@code eurofxref-hist.xml}), whichever is the smallest that reaches back to the day asked for.
 * The base URL is configurable, so the local stack points it at its sandbox, which serves the same
 * files.
 */
final class EcbFxSource implements FxSource {

  // The 90-day file holds about 64 publications: ask for it only well inside its reach.
  private static final long NINETY_DAY_FILE_REACH_DAYS = 85;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI base;
  private final Clock clock;

  EcbFxSource(HttpClient http, URI base, Clock clock) {
    this.http = http;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.clock = clock;
  }

  @Override
  public List<DailyRates> publishedSince(LocalDate day) {
    long back = ChronoUnit.DAYS.between(day, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    String file =
        back <= 0
            ? "eurofxref-daily.xml"
            : back <= NINETY_DAY_FILE_REACH_DAYS ? "eurofxref-hist-90d.xml" : "eurofxref-hist.xml";
    URI uri = base.resolve(file);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("accept", "application/xml")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new UpstreamFailed(uri + " answered " + response.statusCode());
        }
        return EcbXml.read(body);
      }
    } catch (EcbXml.MalformedRates e) {
      throw new UpstreamFailed(uri + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UpstreamFailed(uri + " could not be read: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailed(uri + " was interrupted");
    }
  }
}
