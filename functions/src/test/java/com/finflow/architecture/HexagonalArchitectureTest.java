package com.finflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hexagon of every feature, and the walls between features, checked on the production classes.
 */
class HexagonalArchitectureTest {

  static final List<String> FEATURES =
      List.of(
          "health",
          "openapi",
          "identity",
          "accounts",
          "transfers",
          "extraction",
          "webhooks",
          "cashflow",
          "personal");

  /**
   * Besides {@code shared}, the one door between features: the webhooks feature's port for notices,
   * the notice, the address rules a submission checks its webhook URL against, and the wiring that
   * builds the port.
   */
  private static final Set<String> WEBHOOKS_PUBLISHED =
      Set.of(
          "com.finflow.webhooks.WebhookNotices",
          "com.finflow.webhooks.WebhookNotice",
          "com.finflow.webhooks.WebhookAddress",
          "com.finflow.webhooks.adapters.WebhooksWiring");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          // The emulators module is a test dependency (a jar, or its classes folder in a reactor
          // build).
          .withImportOption(location -> !location.contains("/emulators/"))
          .importPackages("com.finflow");

  private static final JavaClasses SAMPLES =
      new ClassFileImporter().importPackages("com.finflow.architecture.sample");

  static Stream<String> features() {
    return FEATURES.stream();
  }

  @ParameterizedTest
  @MethodSource("features")
  void eachFeatureKeepsItsHexagon(String feature) {
    HexagonalArchitecture.of(feature).all().check(PRODUCTION);
  }

  @ParameterizedTest
  @MethodSource("features")
  void featuresDoNotReachIntoEachOther(String feature) {
    otherFeaturesThan("com.finflow", feature).check(PRODUCTION);
  }

  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("com.finflow.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            FEATURES.stream()
                .map(feature -> "com.finflow." + feature + "..")
                .toArray(String[]::new))
        .check(PRODUCTION);
  }

  @Test
  void everyClassBelongsToAFeatureOrShared() {
    String[] known =
        Stream.concat(FEATURES.stream(), Stream.of("shared"))
            .map(name -> "com.finflow." + name + "..")
            .toArray(String[]::new);
    classes()
        .should()
        .resideInAnyPackage(known)
        .as("every class belongs to a feature these rules know, or to shared")
        .check(PRODUCTION);
  }

  @Test
  void handlersLiveAtTheInboundEdgeAndSaySo() {
    classes()
        .that()
        .implement(RequestStreamHandler.class)
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should()
        .resideInAPackage("..lambda..")
        .andShould()
        .haveSimpleNameEndingWith("Handler")
        .check(PRODUCTION);
  }

  /** The runtime's own event serializer would load on first use: every handler reads its event. */
  @Test
  void noHandlerLeavesItsEventToTheRuntimesSerializer() {
    noClasses().should().implement(RequestHandler.class).check(PRODUCTION);
  }

  @Test
  void theRulesAcceptAWellShapedFeature() {
    assertThatCode(
            () ->
                HexagonalArchitecture.of("com.finflow.architecture.sample", "ledger")
                    .all()
                    .check(SAMPLES))
        .doesNotThrowAnyException();
  }

  @Test
  void theRulesRefuseAnInsideThatUsesItsEdgeOrAws() {
    assertThatThrownBy(
            () ->
                HexagonalArchitecture.of("com.finflow.architecture.sample", "payments")
                    .insideDependsOnNoEdge()
                    .check(SAMPLES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PayInvoice")
        .hasMessageContaining("PayInvoiceHandler")
        .hasMessageContaining("software.amazon.awssdk");
  }

  @Test
  void theRulesRefuseAnAdapterThatCallsAHandler() {
    assertThatThrownBy(
            () ->
                HexagonalArchitecture.of("com.finflow.architecture.sample", "payments")
                    .adaptersDoNotCallHandlers()
                    .check(SAMPLES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("InvoiceStore");
  }

  @Test
  void theRulesRefuseAFeatureReachingIntoAnother() {
    assertThatThrownBy(
            () ->
                otherFeaturesThan(
                        "com.finflow.architecture.sample", "ledger", List.of("ledger", "payments"))
                    .check(SAMPLES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LedgerEntry");
  }

  private static ArchRule otherFeaturesThan(String root, String feature) {
    return otherFeaturesThan(root, feature, FEATURES);
  }

  private static ArchRule otherFeaturesThan(String root, String feature, List<String> features) {
    String[] others =
        features.stream()
            .filter(other -> !other.equals(feature))
            .map(other -> root + "." + other + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(root + "." + feature + "..")
        .should()
        .dependOnClassesThat(HexagonalArchitecture.inPackagesExcept(others, WEBHOOKS_PUBLISHED))
        .as(
            feature
                + " reaches into no other feature but through the webhooks feature's published types")
        .allowEmptyShould(true);
  }
}
