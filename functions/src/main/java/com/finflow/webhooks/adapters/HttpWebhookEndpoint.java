package com.finflow.webhooks.adapters;

import com.finflow.shared.http.OutboundHttp;
import com.finflow.webhooks.WebhookEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Posts webhooks with short timeouts and no redirects (a redirect could lead to an address that was
 * not checked).
 */
final class HttpWebhookEndpoint implements WebhookEndpoint {

  private final HttpClient http = OutboundHttp.clientWithoutRedirects(Duration.ofSeconds(3));

  @Override
  public int post(URI url, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting a webhook", e);
    }
  }
}
