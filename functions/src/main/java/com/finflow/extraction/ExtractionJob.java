package com.finflow.extraction;

/** An asynchronous extraction waiting in the queue, under the id its caller was given. */
public record ExtractionJob(
    String extractionId, String organizationId, ExtractionCommand command) {}
