package com.finflow.localstack;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Boots the fixture stack once for every test class that uses it, and stops it when the test run
 * ends.
 */
public final class SharedLocalStack extends LocalStackExtension {

  public static final Path FIXTURE =
      Path.of("src/test/resources/templates/finflow-fixture.template.json");

  @Override
  protected LocalStackRuntime start() {
    return LocalStackRuntime.start(fixtureConfig());
  }

  /**
   * The fixture template, with test classes and the functions jar as the function code, on free
   * ports (bank and Open Finance provider too).
   */
  public static LocalStackConfig fixtureConfig() {
    Path venv = Path.of(required("finflow.venv"));
    if (!Files.isExecutable(venv.resolve("bin/moto_server"))) {
      fail(
          "moto is not installed in "
              + venv.toAbsolutePath().normalize()
              + ": run `python3 -m venv .venv &&"
              + " .venv/bin/pip install -r localstack/requirements.txt` at the repository root (or `source localstack/env.sh"
              + " && ensure_python_tools`)");
    }
    Path functionsJar = Path.of(required("finflow.functions.jar"));
    if (!Files.isRegularFile(functionsJar)) {
      fail(
          "the functions jar "
              + functionsJar.toAbsolutePath().normalize()
              + " is missing: run"
              + " `./mvnw -B -q -pl functions install -DskipTests` first");
    }
    return LocalStackConfig.defaults()
        .withTemplate(FIXTURE)
        .withCode(Stream.concat(FixtureCode.paths().stream(), Stream.of(functionsJar)).toList())
        .withVenv(venv)
        .withPorts(0, 0)
        .withBankPort(0)
        .withProviderPort(0);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      fail(
          "system property "
              + property
              + " is not set; run the tests through Maven (surefire sets it)");
    }
    return value;
  }
}
