package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The stack synthesized with the real artifacts, as {@code cdk deploy} would upload them: every
 * function runs its own feature's artifact, in which its handler reads its own event (a stream
 * handler, so the runtime's serializer never loads) and registers its SnapStart priming, and every
 * Finflow class or Lambda event type that the artifact's code names is in the artifact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionPrimingTest {

  private static final String PRIMING = "com/finflow/shared/lambda/Priming";
  private static final String STREAM_HANDLER =
      "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
  private static final Pattern NAMED_CLASS =
      Pattern.compile(
          "L?(com/finflow/[A-Za-z0-9_/$]+|com/amazonaws/services/lambda/runtime/events/[A-Za-z0-9_/$]+)");

  /**
   * The AWS SDK's service packages, by the suffix of the environment variable that gives a function
   * such a resource: its client is built, and primed, for every resource given.
   */
  private static final Map<String, String> SERVICE_OF_RESOURCE =
      Map.of(
          "_TABLE", "dynamodb",
          "_QUEUE_URL", "sqs",
          "KEY_ID", "kms",
          "_SECRET_ARN", "secretsmanager");

  private static final Pattern NAMED_SERVICE =
      Pattern.compile("software/amazon/awssdk/services/([a-z0-9]+)/");

  /** The rest of the AWS SDK, which every service's client needs. */
  private static final Pattern NAMED_SDK =
      Pattern.compile("software/amazon/(awssdk|eventstream)/[A-Za-z0-9_$]+");

  private static final Pattern NAMED_RETRY = Pattern.compile("io/github/resilience4j/");

  private static final String SDK = "the SDK's core";
  private static final String RETRY = "resilience4j";

  /** Builds each client lazily in a holder of its own, so naming one obliges nothing. */
  private static final String CLIENTS = "com/finflow/shared/aws/AwsClients";

  /** Each function's handler, by the artifact it is deployed from. */
  private final Map<Path, Set<String>> handlersByArtifact = new TreeMap<>();

  /** The names of the environment variables of the functions deployed from each artifact. */
  private final Map<Path, Set<String>> variablesByArtifact = new TreeMap<>();

  @BeforeAll
  void synthesize(@TempDir Path out) throws IOException {
    FunctionsJar jar = FunctionsJar.locate(null);
    var app = new App(software.amazon.awscdk.AppProps.builder().outdir(out.toString()).build());
    new FinflowStack(
        app,
        FinflowApp.STACK_NAME,
        StackProps.builder().build(),
        feature -> Code.fromAsset(jar.artifactOf(feature).toString()),
        FinflowApp.FEATURES);
    app.synth();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> templates = Files.list(out)) {
      for (Path template :
          templates.filter(t -> t.toString().endsWith(".template.json")).toList()) {
        json.readTree(template.toFile())
            .path("Resources")
            .forEach(
                resource -> {
                  if (resource.path("Type").asText().equals("AWS::Lambda::Function")) {
                    JsonNode properties = resource.path("Properties");
                    Path artifact =
                        out.resolve("asset." + properties.path("Code").path("S3Key").asText());
                    handlersByArtifact
                        .computeIfAbsent(artifact, a -> new TreeSet<>())
                        .add(properties.path("Handler").asText());
                    properties
                        .path("Environment")
                        .path("Variables")
                        .fieldNames()
                        .forEachRemaining(
                            name ->
                                variablesByArtifact
                                    .computeIfAbsent(artifact, a -> new TreeSet<>())
                                    .add(name));
                  }
                });
      }
    }
  }

  @Test
  void everyFeatureDeploysFromItsOwnArtifactWithoutTheOthersCode() throws IOException {
    assertThat(handlersByArtifact).hasSize(9);
    for (var artifact : handlersByArtifact.entrySet()) {
      Set<String> features = new TreeSet<>();
      artifact.getValue().forEach(handler -> features.add(handler.split("\\.")[2]));
      assertThat(features).as("the features of %s", artifact.getValue()).hasSize(1);
      String feature = features.iterator().next();
      try (var zip = new ZipFile(artifact.getKey().toFile())) {
        assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("com/finflow/")))
            .as("%s holds only its own, shared and webhooks' code", feature)
            .allMatch(
                name ->
                    name.startsWith("com/finflow/" + feature + "/")
                        || name.startsWith("com/finflow/shared/")
                        || name.startsWith("com/finflow/webhooks/")
                        || !name.endsWith(".class"));
        boolean identity = feature.equals("identity");
        assertThat(
                zip.getEntry("org/bouncycastle/crypto/generators/Argon2BytesGenerator.class")
                    != null)
            .as("Argon2 in %s", feature)
            .isEqualTo(identity);
      }
    }
  }

  @Test
  void everyDeployedHandlerReadsItsOwnEventAndRegistersItsPriming() throws Exception {
    int handlers = 0;
    for (var artifact : handlersByArtifact.entrySet()) {
      try (var code =
          new URLClassLoader(
              new URL[] {artifact.getKey().toUri().toURL()},
              ClassLoader.getPlatformClassLoader())) {
        assertThat(code.getResource(PRIMING + ".class")).as("the priming resource").isNotNull();
        Class<?> streamHandler = code.loadClass(STREAM_HANDLER);
        assertThat(
                code.loadClass("org.crac.Resource")
                    .isAssignableFrom(code.loadClass(PRIMING.replace('/', '.'))))
            .isTrue();
        for (String handler : artifact.getValue()) {
          Class<?> type = Class.forName(handler.split("::")[0], false, code);
          assertThat(streamHandler.isAssignableFrom(type)).as(handler).isTrue();
          assertThat(registersPriming(type, code)).as("%s registers its priming", handler).isTrue();
          handlers++;
        }
      }
    }
    assertThat(handlers).isGreaterThan(70);
  }

  @Test
  void everyClassAnArtifactsCodeNamesIsInTheArtifact() throws IOException {
    for (Path artifact : handlersByArtifact.keySet()) {
      List<String> missing = new ArrayList<>();
      try (var zip = new ZipFile(artifact.toFile())) {
        var classes =
            zip.stream()
                .filter(
                    e -> e.getName().startsWith("com/finflow/") && e.getName().endsWith(".class"))
                .toList();
        for (var entry : classes) {
          String constants;
          try (InputStream bytes = zip.getInputStream(entry)) {
            constants = new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1);
          }
          Matcher named = NAMED_CLASS.matcher(constants);
          while (named.find()) {
            String name = named.group(1);
            if (zip.getEntry(name + ".class") == null && zip.getEntry(name + "/") == null) {
              missing.add(entry.getName() + " -> " + name);
            }
          }
        }
      }
      assertThat(missing)
          .as("classes named but missing in %s", handlersByArtifact.get(artifact))
          .isEmpty();
    }
  }

  /**
   * An artifact holds an AWS service's SDK exactly when its functions can use it: a Finflow class
   * its handlers reach names the service (a call of {@code AwsClients.kms()} names {@code
   * KmsClient}), or one of its functions is given such a resource, for which the client is built
   * and primed. The SDK's core comes with any service, or where a reached class names it;
   * resilience4j where a reached class names it.
   */
  @Test
  void everyArtifactHoldsTheAwsSdkAndResilience4jExactlyWhereItsFunctionsUseThem()
      throws IOException {
    Map<String, Set<String>> presentByFeature = new TreeMap<>();
    Map<String, Set<String>> neededByFeature = new TreeMap<>();
    for (var artifact : handlersByArtifact.entrySet()) {
      Set<String> needed = new TreeSet<>();
      for (String variable : variablesByArtifact.getOrDefault(artifact.getKey(), Set.of())) {
        SERVICE_OF_RESOURCE.forEach(
            (suffix, service) -> {
              if (variable.endsWith(suffix)) {
                needed.add(service);
              }
            });
      }
      Set<String> present = new TreeSet<>();
      try (var zip = new ZipFile(artifact.getKey().toFile())) {
        zip.stream()
            .filter(e -> e.getName().endsWith(".class"))
            .forEach(e -> present.addAll(librariesNamedIn(e.getName())));
        needed.addAll(librariesReached(zip, artifact.getValue()));
      }
      if (needed.stream().anyMatch(SERVICE_OF_RESOURCE::containsValue)) {
        needed.add(SDK);
      }
      String feature = artifact.getValue().iterator().next().split("\\.")[2];
      presentByFeature.put(feature, present);
      neededByFeature.put(feature, needed);
    }
    assertThat(presentByFeature)
        .as("AWS SDK parts and resilience4j in each artifact")
        .isEqualTo(neededByFeature);
  }

  /**
   * The libraries named by the Finflow classes the handlers reach: named in the constant pool of a
   * reached class, from the handlers on; except that {@code AwsClients} names every client's holder
   * and type without using them, so its own names are followed but not counted.
   */
  private static Set<String> librariesReached(ZipFile zip, Set<String> handlers)
      throws IOException {
    Set<String> libraries = new TreeSet<>();
    Set<String> reached = new TreeSet<>();
    List<String> toVisit = new ArrayList<>();
    handlers.forEach(h -> toVisit.add(h.split("::")[0].replace('.', '/')));
    while (!toVisit.isEmpty()) {
      String name = toVisit.remove(toVisit.size() - 1);
      var entry = zip.getEntry(name + ".class");
      if (entry == null || !reached.add(name)) {
        continue;
      }
      String constants;
      try (InputStream bytes = zip.getInputStream(entry)) {
        constants = new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      boolean clients = name.equals(CLIENTS);
      Matcher named = NAMED_CLASS.matcher(constants);
      while (named.find()) {
        if (!(clients && named.group(1).startsWith(CLIENTS + "$"))) {
          toVisit.add(named.group(1));
        }
      }
      if (!clients) {
        libraries.addAll(librariesNamedIn(constants));
      }
    }
    return libraries;
  }

  /** The AWS services, the SDK's core and resilience4j, as far as the text names them. */
  private static Set<String> librariesNamedIn(String text) {
    Set<String> named = new TreeSet<>();
    Matcher service = NAMED_SERVICE.matcher(text);
    while (service.find()) {
      named.add(service.group(1));
    }
    Matcher sdk = NAMED_SDK.matcher(text);
    while (sdk.find()) {
      if (!sdk.group().startsWith("software/amazon/awssdk/services")) {
        named.add(SDK);
      }
    }
    if (NAMED_RETRY.matcher(text).find()) {
      named.add(RETRY);
    }
    return named;
  }

  /** Whether the class or one of its superclasses names the priming registry in its code. */
  private static boolean registersPriming(Class<?> type, ClassLoader code) throws IOException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try (InputStream bytes = code.getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
        if (bytes != null
            && new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1).contains(PRIMING)) {
          return true;
        }
      }
    }
    return false;
  }
}
