package com.finflow.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The extraction feature is a hexagon: the inside knows no edge, and the outbound edge never calls the inbound one. */
class ExtractionLayoutTest {

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.finflow");
  private static final Set<String> WEBHOOKS_PUBLISHED = Set.of("com.finflow.webhooks.WebhookNotices",
      "com.finflow.webhooks.WebhookNotice", "com.finflow.webhooks.WebhookAddress");

  @Test
  void theInsideKnowsNoEdgeNoAwsNoLambdaAndNoHttp() {
    noClasses().that().resideInAPackage("com.finflow.extraction")
        .should().dependOnClassesThat().resideInAnyPackage("..lambda..", "..adapters..", "software.amazon.awssdk..",
            "com.amazonaws.services.lambda..", "com.finflow.shared.http..")
        .check(PRODUCTION);
  }

  @Test
  void theAdaptersNeverDependOnTheHandlers() {
    noClasses().that().resideInAPackage("com.finflow.extraction.adapters..")
        .should().dependOnClassesThat().resideInAPackage("com.finflow.extraction.lambda..")
        .check(PRODUCTION);
  }

  @Test
  void usesNoOtherFeatureButWhatTheWebhooksFeaturePublishes() {
    noClasses().that().resideInAPackage("com.finflow.extraction..")
        .should().dependOnClassesThat(otherFeature())
        .check(PRODUCTION);
    noClasses().that().resideOutsideOfPackage("com.finflow.extraction.adapters..")
        .and().resideInAPackage("com.finflow.extraction..")
        .should().dependOnClassesThat().resideInAPackage("com.finflow.webhooks.adapters..")
        .check(PRODUCTION);
  }

  private static DescribedPredicate<JavaClass> otherFeature() {
    return DescribedPredicate.describe("belong to another feature", type -> type.getPackageName()
        .startsWith("com.finflow.") && !type.getPackageName().startsWith("com.finflow.extraction")
        && !type.getPackageName().startsWith("com.finflow.shared")
        && !WEBHOOKS_PUBLISHED.contains(type.getName())
        && !type.getName().equals("com.finflow.webhooks.adapters.WebhooksWiring"));
  }
}
