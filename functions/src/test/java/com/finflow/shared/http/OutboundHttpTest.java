package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboundHttpTest {

  @Test
  void aClientIsPrimedByOneExchangeWithItsOwnLoopbackServer() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    // It throws if no answer came back: the exchange is the whole of the priming.
    assertThatCode(() -> OutboundHttp.exchangeOnLoopback(client)).doesNotThrowAnyException();
    assertThatCode(
            () ->
                OutboundHttp.exchangeOnLoopback(
                    OutboundHttp.clientWithoutRedirects(Duration.ofSeconds(1))))
        .doesNotThrowAnyException();
  }

  @Test
  void aClientIsPrimedByTheStartOfATlsHandshakeWithALoopbackServer() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    // 22 opens a TLS handshake record: the client sent its hello.
    assertThat(OutboundHttp.helloOnLoopback(client)).isEqualTo(22);
  }
}
