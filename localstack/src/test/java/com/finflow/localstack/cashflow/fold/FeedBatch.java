package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A batch as delivered: its source and id, and its {@code transactions} member untouched, so the
 * fold judges each row itself.
 */
public record FeedBatch(String source, String batchId, JsonNode transactions) {}
