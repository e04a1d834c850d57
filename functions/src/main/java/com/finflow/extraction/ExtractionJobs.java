package com.finflow.extraction;

/** Where asynchronous extractions wait to run. */
public interface ExtractionJobs {

  void submit(ExtractionJob job);
}
