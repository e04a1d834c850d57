package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.fail;

import com.finflow.localstack.LocalStackConfig;
import com.finflow.localstack.LocalStackExtension;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.SharedLocalStack;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real Finflow stack, booted from the template the CDK app synthesized and the functions jar
 * the build produced, once per test JVM. Everything written to standard output (every function's
 * log lines) is also kept, so tests can check what would reach CloudWatch.
 */
public final class RunningFinflow extends LocalStackExtension {

  public static final Path TEMPLATE = Path.of("../infra-cdk/cdk.out/Finflow.template.json");

  /**
   * Tests receive webhooks on this machine, which the deployed stack would refuse as a private
   * address.
   */
  public static final Map<String, String> LOCAL_WEBHOOK_RECEIVERS =
      Map.of("WEBHOOK_ALLOWED_HOSTS", "localhost,127.0.0.1");

  private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();

  /** Every line written to standard output since the stack started. */
  public static String capturedOutput() {
    synchronized (CAPTURED) {
      return CAPTURED.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  protected LocalStackRuntime start() {
    // Containers capture System.out when their classes load, so the tee must be in place before any
    // starts.
    PrintStream console = System.out;
    System.setOut(new PrintStream(new Tee(console), true, StandardCharsets.UTF_8));
    return LocalStackRuntime.start(realStack(TEMPLATE));
  }

  /**
   * The stack the CDK app synthesized, with the functions jar the build produced, on free ports.
   */
  public static LocalStackConfig realStack(Path template) {
    if (!Files.isRegularFile(template)) {
      fail(
          "the synthesized template "
              + template.toAbsolutePath().normalize()
              + " is missing: run `./mvnw -B package`"
              + " (the infra-cdk module writes it)");
    }
    return SharedLocalStack.fixtureConfig()
        .withTemplate(template)
        .withCode(List.of(Path.of(System.getProperty("finflow.functions.jar"))))
        .withFunctionEnvironment(LOCAL_WEBHOOK_RECEIVERS);
  }

  private static final class Tee extends OutputStream {
    private final OutputStream console;

    Tee(OutputStream console) {
      this.console = console;
    }

    @Override
    public void write(int b) {
      synchronized (CAPTURED) {
        CAPTURED.write(b);
      }
      try {
        console.write(b);
      } catch (java.io.IOException ignored) {
        // The console is best effort; the captured copy is what tests read.
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (CAPTURED) {
        CAPTURED.write(bytes, offset, length);
      }
      try {
        console.write(bytes, offset, length);
      } catch (java.io.IOException ignored) {
        // As above.
      }
    }
  }
}
