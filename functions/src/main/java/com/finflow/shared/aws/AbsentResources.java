package com.finflow.shared.aws;

/** Names priming uses for what cannot exist, so that every request it makes is refused or empty. */
final class AbsentResources {

  /** A key value no item has. */
  static final String KEY = "#priming#cannot-exist";

  /** Appended to a real queue URL or a secret name, it names one that does not exist. */
  static final String SUFFIX = "-priming-cannot-exist";

  private AbsentResources() {}
}
