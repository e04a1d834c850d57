package com.finflow.transfers;

import com.finflow.webhooks.WebhookNotice;
import java.time.Instant;

/**
 * A webhook notice kept in the bulk's outbox: written in the same transaction as the change that
 * causes it, removed once published.
 *
 * @param dueAt until then the notice belongs to whoever wrote or last claimed it (that one
 *     publishes it); after that any drain may claim it, since its holder may have died
 */
public record OutboxNotice(String bulkId, WebhookNotice notice, Instant dueAt) {}
