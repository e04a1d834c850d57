package com.finflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The shape every feature keeps: the inside (domain, commands, use cases, ports) in the feature's
 * own package, the inbound edge in {@code lambda}, the outbound edge in {@code adapters}. The
 * inside depends on no edge and on no AWS, Lambda or HTTP type; adapters do not call handlers;
 * handlers reach adapters only through the wiring.
 */
final class HexagonalArchitecture {

  static final String ROOT = "com.finflow";

  /**
   * Types only an edge may touch: the AWS SDK, the Lambda runtime and events, and Finflow's HTTP
   * and SQS plumbing.
   */
  static final String[] EDGE_TYPES = {
    "software.amazon.awssdk..",
    "com.amazonaws.services.lambda..",
    ROOT + ".shared.http..",
    ROOT + ".shared.aws..",
    ROOT + ".shared.sqs.."
  };

  private final String root;
  private final String feature;

  private HexagonalArchitecture(String root, String feature) {
    this.root = root;
    this.feature = feature;
  }

  static HexagonalArchitecture of(String feature) {
    return new HexagonalArchitecture(ROOT, feature);
  }

  /** For rules checked against sample code outside the production packages. */
  static HexagonalArchitecture of(String root, String feature) {
    return new HexagonalArchitecture(root, feature);
  }

  private String inside() {
    return root + "." + feature;
  }

  private String lambda() {
    return inside() + ".lambda..";
  }

  private String adapters() {
    return inside() + ".adapters..";
  }

  ArchRule insideDependsOnNoEdge() {
    return noClasses()
        .that()
        .resideInAPackage(inside())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(EDGE_TYPES, lambda(), adapters()))
        .as("the inside of " + feature + " depends on no edge, AWS, Lambda or HTTP type")
        .allowEmptyShould(true);
  }

  ArchRule adaptersDoNotCallHandlers() {
    return noClasses()
        .that()
        .resideInAPackage(adapters())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(lambda())
        .as("the adapters of " + feature + " do not depend on its handlers")
        .allowEmptyShould(true);
  }

  ArchRule handlersReachAdaptersOnlyThroughWiring() {
    return noClasses()
        .that()
        .resideInAPackage(lambda())
        .should()
        .dependOnClassesThat(
            DescribedPredicate.<JavaClass>describe(
                "are adapters other than the wiring and the message codecs",
                target ->
                    target.getPackageName().startsWith(inside() + ".adapters")
                        && !isWiringOrMessages(target)))
        .as(
            "the handlers of "
                + feature
                + " reach adapters only through the wiring and the queues' message codecs")
        .allowEmptyShould(true);
  }

  /**
   * The wiring builds what a handler runs; a {@code ...Messages} codec is the wire format of the
   * feature's own queues, written by a queue adapter and read by the handler that consumes the
   * queue, so both edges share it.
   */
  private static boolean isWiringOrMessages(JavaClass type) {
    String outer = type.getName().substring(type.getPackageName().length() + 1).split("\\$")[0];
    return outer.endsWith("Wiring") || outer.endsWith("Messages");
  }

  ArchRule layersOnlyKnownSubpackages() {
    return classes()
        .that()
        .resideInAPackage(inside() + "..")
        .should()
        .resideInAnyPackage(inside(), lambda(), adapters())
        .as(feature + " has only its inside, lambda/ and adapters/")
        .allowEmptyShould(true);
  }

  ArchRule all() {
    return CompositeArchRule.of(insideDependsOnNoEdge())
        .and(adaptersDoNotCallHandlers())
        .and(handlersReachAdaptersOnlyThroughWiring())
        .and(layersOnlyKnownSubpackages());
  }

  /**
   * Classes in any of {@code packages} (ArchUnit {@code ..} patterns) other than the {@code open}
   * ones: the few types a feature publishes to the others.
   */
  static DescribedPredicate<JavaClass> inPackagesExcept(
      String[] packages, java.util.Set<String> open) {
    return DescribedPredicate.describe(
        "belong to another feature (other than " + open + ")",
        target ->
            !open.contains(target.getName())
                && java.util.Arrays.stream(packages)
                    .map(pattern -> pattern.replace("..", ""))
                    .anyMatch(
                        base ->
                            target.getPackageName().equals(base)
                                || target.getPackageName().startsWith(base + ".")));
  }

  static String[] concat(String[] first, String... more) {
    return java.util.stream.Stream.concat(List.of(first).stream(), List.of(more).stream())
        .toArray(String[]::new);
  }
}
