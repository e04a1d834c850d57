package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsTheTimestampAndTheBodyAsAReceiverVerifiesThem() throws Exception {
    String header = WebhookSignature.header(SECRET, 1795400000L, "{\"type\":\"bulk.settled\"}");

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(
                mac.doFinal(
                    "1795400000.{\"type\":\"bulk.settled\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(header).isEqualTo("t=1795400000,v1=" + expected);
  }

  @Test
  void changesWithTheBodyTheTimestampAndTheSecret() {
    String original = WebhookSignature.header(SECRET, 1L, "body");

    assertThat(WebhookSignature.header(SECRET, 1L, "body!")).isNotEqualTo(original);
    assertThat(WebhookSignature.header(SECRET, 2L, "body").substring(4))
        .isNotEqualTo(original.substring(4));
    assertThat(
            WebhookSignature.header("another secret".getBytes(StandardCharsets.UTF_8), 1L, "body"))
        .isNotEqualTo(original);
  }
}
