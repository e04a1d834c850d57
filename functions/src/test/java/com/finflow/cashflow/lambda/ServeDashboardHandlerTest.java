package com.finflow.cashflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.finflow.shared.SampleEvents;
import com.finflow.shared.TestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ServeDashboardHandlerTest {

  private static final TestContext CONTEXT = new TestContext("finflow-cashflow");
  private static final Pattern NAMED = Pattern.compile("(?:src|href)=\"dashboard/([^\"]+)\"");

  private final ServeDashboardHandler handler = new ServeDashboardHandler();

  @Test
  void thePageIsServedGzippedWithAPolicyThatAllowsNothingButItsOwnOrigin() throws IOException {
    APIGatewayV2HTTPResponse page =
        handler.handleRequest(SampleEvents.httpEvent("cashflow/serve-dashboard.json"), CONTEXT);

    assertThat(page.getStatusCode()).isEqualTo(200);
    assertThat(page.getHeaders())
        .containsEntry("content-type", "text/html; charset=utf-8")
        .containsEntry("content-encoding", "gzip")
        .containsEntry("cache-control", "no-cache")
        .containsEntry("x-content-type-options", "nosniff");
    String policy = page.getHeaders().get("content-security-policy");
    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(policy).doesNotContain("unsafe", "http:", "https:", "*", "data:");
    String html = gunzip(page);
    assertThat(html).contains("<title>Cashflow · Finflow</title>");
    // No inline script or style that the policy would block: everything comes from the bundle.
    assertThat(html).doesNotContain("<script>", "<style", "style=\"", "onclick");
  }

  @Test
  void everyFileThePageNamesIsServedAndMayBeKeptForAYear() throws IOException {
    String html =
        gunzip(
            handler.handleRequest(
                SampleEvents.httpEvent("cashflow/serve-dashboard.json"), CONTEXT));
    Matcher named = NAMED.matcher(html);
    int files = 0;
    while (named.find()) {
      files++;
      APIGatewayV2HTTPResponse file = handler.handleRequest(asset(named.group(1), false), CONTEXT);
      assertThat(file.getStatusCode()).as(named.group(1)).isEqualTo(200);
      assertThat(file.getIsBase64Encoded()).isFalse();
      assertThat(file.getHeaders().get("content-type"))
          .isEqualTo(
              switch (named.group(1).replaceAll(".*[.]", "")) {
                case "js" -> "text/javascript; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                default -> "image/svg+xml";
              });
      assertThat(file.getHeaders())
          .containsEntry("cache-control", "public, max-age=31536000, immutable");
      assertThat(file.getBody()).isNotBlank();
    }
    assertThat(files).as("a script, a stylesheet and an icon").isEqualTo(3);
  }

  @Test
  void aFileNotInTheBundleIsAProblemNotAGuess() {
    APIGatewayV2HTTPResponse missing =
        handler.handleRequest(asset("../openapi.json", true), CONTEXT);

    assertThat(missing.getStatusCode()).isEqualTo(404);
    assertThat(missing.getHeaders()).containsEntry("content-type", "application/problem+json");
    assertThat(missing.getBody()).contains("urn:finflow:problem:");
  }

  @Test
  void gzipIsSentOnlyToBrowsersThatAcceptIt() {
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of("Accept-Encoding", "br, GZIP"))).isTrue();
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of("accept-encoding", "gzip;q=0.5"))).isTrue();
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of("accept-encoding", "gzip;q=0"))).isFalse();
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of("accept-encoding", "gzip; q=0.000")))
        .isFalse();
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of("accept-encoding", "deflate"))).isFalse();
    assertThat(ServeDashboardHandler.acceptsGzip(Map.of())).isFalse();
  }

  private static APIGatewayV2HTTPEvent asset(String name, boolean gzip) {
    APIGatewayV2HTTPEvent event = SampleEvents.httpEvent("cashflow/get-dashboard-asset.json");
    event.setPathParameters(Map.of("asset", name));
    event.setRawPath("/cashflow/dashboard/" + name);
    Map<String, String> headers = new HashMap<>(event.getHeaders());
    if (!gzip) {
      headers.remove("accept-encoding");
    }
    event.setHeaders(headers);
    return event;
  }

  private static String gunzip(APIGatewayV2HTTPResponse response) throws IOException {
    assertThat(response.getIsBase64Encoded()).isTrue();
    byte[] compressed = Base64.getDecoder().decode(response.getBody());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
