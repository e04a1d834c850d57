package com.finflow.webhooks;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * Webhook address checks for tests: every host resolves to one public address, with no DNS
 * involved.
 */
public final class PublicDns {

  public static final WebhookAddress ADDRESSES =
      new WebhookAddress(
          Set.of(),
          host ->
              List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})));

  private PublicDns() {}
}
