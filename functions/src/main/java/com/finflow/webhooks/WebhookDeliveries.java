package com.finflow.webhooks;

/**
 * The delivery log: every delivery, kept under its subject with the attempts made. Each use case
 * depends only on the part it uses.
 */
public interface WebhookDeliveries extends PendingDeliveries, DeliveryAttempts, DeliveryHistory {}
