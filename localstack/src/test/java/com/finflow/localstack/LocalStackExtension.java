package com.finflow.localstack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Boots a local stack once per test JVM for every test class that uses the extension, hands it to
 * tests as a parameter, and stops it when the test run ends.
 */
public abstract class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

  /** Starts the stack this extension provides. */
  protected abstract LocalStackRuntime start();

  @Override
  public void beforeAll(ExtensionContext context) {
    runtime(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStackRuntime.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return runtime(context);
  }

  private LocalStackRuntime runtime(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(getClass(), key -> new Running(start()), Running.class)
        .runtime();
  }

  private record Running(LocalStackRuntime runtime)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      runtime.close();
    }
  }
}
