package com.finflow.transfers;

/**
 * Which bulk to show, and which page of its transfers.
 *
 * @param from the index of the first transfer shown; a negative one counts as 0
 * @param limit how many transfers at most, clamped to 1..{@value GetBulk#MAX_PAGE}
 */
public record GetBulkQuery(String bulkId, int from, int limit) {}
