package com.finflow.extraction;

/** An extraction to run later, from the queue, for an organization. */
public record ExtractionJob(String extractionId, String organizationId, ExtractionCommand command) {}
