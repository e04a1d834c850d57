package com.finflow.webhooks;

/** The secret each organization's webhooks are signed with, created on first use. */
public interface WebhookSecrets {

  byte[] secretOf(String organizationId);
}
