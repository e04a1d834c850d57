package com.finflow.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may be sent: https only, and never to an address inside a private network,
 * loopback, link-local (cloud metadata) or otherwise non-public range, so a caller cannot make
 * Finflow call its internals (SSRF). Hosts on the allowlist (the local stack's receiver) are
 * exempt, and may use http.
 */
public final class WebhookAddress {

  /** Resolves a host name to its addresses; DNS in production, a table in tests. */
  @FunctionalInterface
  public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  public WebhookAddress(Set<String> allowedHosts, Resolver resolver) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(host -> host.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  /** {@code text} as an absolute URL with a host, or empty when it is not one. */
  public static Optional<URI> absoluteUrl(String text) {
    try {
      URI url = new URI(text);
      boolean hasHost = url.getHost() != null && !url.getHost().isEmpty();
      return url.isAbsolute() && hasHost ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Why Finflow must not call {@code url}, or empty when it may. */
  public Optional<String> refusalOf(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      return Optional.of("has no host");
    }
    if (allowedHosts.contains(host)) {
      return "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme())
          ? Optional.empty()
          : Optional.of("must use https");
    }
    if (!"https".equalsIgnoreCase(url.getScheme())) {
      return Optional.of("must use https");
    }
    try {
      List<InetAddress> addresses = resolver.resolve(host);
      if (addresses.isEmpty()) {
        return Optional.of("does not resolve");
      }
      return addresses.stream()
          .filter(address -> !isPublic(address))
          .findFirst()
          .map(address -> "resolves to a private, loopback or link-local address");
    } catch (UnknownHostException e) {
      return Optional.of("does not resolve");
    }
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      // fc00::/7 unique local addresses are IPv6's private networks.
      return (bytes[0] & 0xfe) != 0xfc;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8, 192.0.0.0/24 and 198.18.0.0/15 are not reachable
    // public hosts either.
    return !(first == 0
        || (first == 100 && second >= 64 && second < 128)
        || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
        || (first == 198 && (second == 18 || second == 19)));
  }
}
