package com.finflow.shared.aws;

import com.finflow.shared.Environment;
import java.util.List;

/**
 * The AWS resources a function was given, by the suffix of the environment variable that names
 * each: what its clients are built for, and primed against, before a snapshot.
 */
record GivenResources(
    List<String> tables, List<String> queueUrls, List<String> keyIds, List<String> secretArns) {

  GivenResources {
    tables = List.copyOf(tables);
    queueUrls = List.copyOf(queueUrls);
    keyIds = List.copyOf(keyIds);
    secretArns = List.copyOf(secretArns);
  }

  static GivenResources ofThisFunction() {
    return new GivenResources(
        endingWith("_TABLE"),
        endingWith("_QUEUE_URL"),
        endingWith("KEY_ID"),
        endingWith("_SECRET_ARN"));
  }

  private static List<String> endingWith(String suffix) {
    return List.copyOf(Environment.named(name -> name.endsWith(suffix)).values());
  }
}
