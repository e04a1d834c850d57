package com.finflow.shared.aws;

import com.finflow.shared.Environment;
import java.util.List;
import java.util.Map;

/**
 * The AWS resources a function was given, by the suffix of the environment variable that names
 * each: what its clients are built for, and primed against, before a snapshot.
 */
record GivenResources(
    List<String> tables, List<String> queueUrls, List<String> keyIds, List<String> secretArns) {

  /**
   * Lambda's own variables: {@code AWS_ACCESS_KEY_ID} ends like a key id, and is the role's
   * credentials.
   */
  private static final String LAMBDA_OWN = "AWS_";

  GivenResources {
    tables = List.copyOf(tables);
    queueUrls = List.copyOf(queueUrls);
    keyIds = List.copyOf(keyIds);
    secretArns = List.copyOf(secretArns);
  }

  static GivenResources ofThisFunction() {
    return of(Environment.named(name -> true));
  }

  /** The resources the variables name, leaving Lambda's own out. */
  static GivenResources of(Map<String, String> variables) {
    return new GivenResources(
        endingWith(variables, "_TABLE"),
        endingWith(variables, "_QUEUE_URL"),
        endingWith(variables, "KEY_ID"),
        endingWith(variables, "_SECRET_ARN"));
  }

  private static List<String> endingWith(Map<String, String> variables, String suffix) {
    return variables.entrySet().stream()
        .filter(v -> v.getKey().endsWith(suffix) && !v.getKey().startsWith(LAMBDA_OWN))
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
  }
}
