package com.finflow.shared.log;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What the structured log writes during each test, registered with {@code @RegisterExtension}. */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @Override
  public void beforeEach(ExtensionContext context) {
    captured.reset();
    StructuredLog.redirectTo(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    StructuredLog.redirectTo(System.out);
  }

  /** Every line written so far in this test. */
  public String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }
}
