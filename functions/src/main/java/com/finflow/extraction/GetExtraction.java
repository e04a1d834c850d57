package com.finflow.extraction;

/** Where an organization's asynchronous extraction stands, and its result once completed. */
public final class GetExtraction {

  private final ExtractionStore store;

  public GetExtraction(ExtractionStore store) {
    this.store = store;
  }

  /**
   * @throws NoSuchExtraction unless the extraction is the organization's and still kept
   */
  public ExtractionState get(String organizationId, String extractionId) {
    return store.find(organizationId, extractionId).orElseThrow(NoSuchExtraction::new);
  }
}
