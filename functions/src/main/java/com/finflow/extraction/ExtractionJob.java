package com.finflow.extraction;

/**
 * Work for the extraction queue: run an extraction, or tell the caller's webhook that one has ended.
 */
public record ExtractionJob(Kind kind, String extractionId, String organizationId, ExtractionCommand command) {

  public enum Kind { EXTRACT, NOTIFY }
}
