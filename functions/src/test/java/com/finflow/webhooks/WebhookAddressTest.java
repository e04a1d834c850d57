package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressTest {

  private static final Map<String, String> DNS =
      Map.of(
          "hooks.example.com", "93.184.216.34",
          "internal.example.com", "10.0.0.12",
          "metadata.example.com", "169.254.169.254",
          "rebind.example.com", "127.0.0.1",
          "nat.example.com", "100.64.1.1",
          "v6-private.example.com", "fd12:3456:789a::1");

  private final WebhookAddress address =
      new WebhookAddress(
          Set.of("localhost"),
          host -> {
            if (!DNS.containsKey(host)) {
              throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(DNS.get(host)));
          });

  @Test
  void acceptsAnHttpsUrlOfAPublicHost() {
    assertThat(address.refusalOf(URI.create("https://hooks.example.com/finflow"))).isEmpty();
  }

  @Test
  void refusesPlainHttpForPublicHosts() {
    assertThat(address.refusalOf(URI.create("http://hooks.example.com/finflow")))
        .contains("must use https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "internal.example.com",
        "metadata.example.com",
        "rebind.example.com",
        "nat.example.com",
        "v6-private.example.com",
        "127.0.0.1",
        "10.1.2.3",
        "[::1]"
      })
  void refusesHostsThatResolveToPrivateLoopbackOrLinkLocalAddresses(String host) {
    WebhookAddress literalAware =
        new WebhookAddress(
            Set.of(),
            name ->
                DNS.containsKey(name)
                    ? List.of(InetAddress.getByName(DNS.get(name)))
                    : List.of(InetAddress.getByName(name)));

    assertThat(literalAware.refusalOf(URI.create("https://" + host + "/hook"))).isPresent();
  }

  @Test
  void refusesAHostThatDoesNotResolve() {
    assertThat(address.refusalOf(URI.create("https://nowhere.example.com/hook")))
        .contains("does not resolve");
  }

  @Test
  void letsAnAllowlistedHostThroughEvenOverHttp() {
    assertThat(address.refusalOf(URI.create("http://localhost:9000/hook"))).isEmpty();
  }
}
