package com.finflow.personal;

import java.util.List;

/** {@code GET /securities?query=}: the securities whose symbol or name matches some words. */
public final class SearchSecurities {

  private final SecurityDirectory directory;

  public SearchSecurities(SecurityDirectory directory) {
    this.directory = directory;
  }

  public List<Security> matching(String words) {
    return directory.search(words);
  }
}
