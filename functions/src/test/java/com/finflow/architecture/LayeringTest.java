package com.finflow.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Business rules know nothing of Lambda or AWS: only handlers, adapters and shared plumbing do. */
class LayeringTest {

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.finflow");

  @Test
  void domainAndUseCasesNeverTouchAwsOrLambdaTypes() {
    ArchRule rule = noClasses()
        .that().resideOutsideOfPackages("com.finflow.shared..", "..aws..", "..adapters..", "..lambda..")
        .and().haveSimpleNameNotEndingWith("Handler")
        .should().dependOnClassesThat()
        .resideInAnyPackage("software.amazon.awssdk..", "com.amazonaws.services.lambda..");

    rule.check(PRODUCTION);
  }

  @Test
  void featuresDoNotReachIntoEachOther() {
    for (String feature : new String[] {"health", "openapi", "identity", "accounts", "transfers", "extraction", "cashflow"}) {
      noClasses().that().resideInAPackage("com.finflow." + feature + "..")
          .should().dependOnClassesThat().resideInAnyPackage(otherFeatures(feature))
          .allowEmptyShould(true)
          .check(PRODUCTION);
    }
  }

  private static String[] otherFeatures(String feature) {
    return java.util.stream.Stream.of("health", "openapi", "identity", "accounts", "transfers", "extraction", "cashflow")
        .filter(other -> !other.equals(feature))
        .map(other -> "com.finflow." + other + "..")
        .toArray(String[]::new);
  }
}
