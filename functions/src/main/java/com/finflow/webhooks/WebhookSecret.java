package com.finflow.webhooks;

import com.finflow.shared.Caller;

/**
 * Shows an organization's admins the secret its webhooks are signed with, so that receivers can
 * verify them.
 */
public final class WebhookSecret {

  private final WebhookSecrets secrets;

  public WebhookSecret(WebhookSecrets secrets) {
    this.secrets = secrets;
  }

  /** The raw secret of the caller's organization, created on first use; admins only. */
  public byte[] of(Caller caller) {
    return secrets.secretOf(caller.requireAdmin().organizationId());
  }
}
