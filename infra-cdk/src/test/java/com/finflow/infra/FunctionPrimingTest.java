package com.finflow.infra;

import static com.finflow.infra.CfnTemplate.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every function the stack deploys is primed for SnapStart by the artifact it runs: its handler is
 * a stream handler (so the runtime's own event serializer is never loaded) whose class or a
 * superclass registers a priming step, and the artifact holds the CRaC resource Lambda calls.
 */
class FunctionPrimingTest {

  private static final String PRIMING = "com/finflow/shared/lambda/Priming";
  private static final String STREAM_HANDLER =
      "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

  @Test
  void everyDeployedHandlerReadsItsOwnEventAndRegistersItsPriming() throws Exception {
    Path artifact = FunctionsJar.locate(null).path();
    var handlers = new TreeSet<String>();
    SynthesizedStacks.finflow()
        .cfn()
        .nonEmptyResources("AWS::Lambda::Function")
        .values()
        .forEach(function -> handlers.add((String) properties(function).get("Handler")));
    assertThat(handlers).hasSizeGreaterThan(70);

    try (var code =
        new URLClassLoader(
            new URL[] {artifact.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      assertThat(code.getResource(PRIMING + ".class")).as("the priming resource").isNotNull();
      Class<?> streamHandler = code.loadClass(STREAM_HANDLER);
      Class<?> resource = code.loadClass("org.crac.Resource");
      assertThat(resource.isAssignableFrom(code.loadClass(PRIMING.replace('/', '.')))).isTrue();
      for (String handler : handlers) {
        Class<?> type = Class.forName(handler.split("::")[0], false, code);
        assertThat(streamHandler.isAssignableFrom(type)).as(handler).isTrue();
        assertThat(registersPriming(type, code)).as("%s registers its priming", handler).isTrue();
      }
    }
  }

  /** Whether the class or one of its own superclasses names the priming registry in its code. */
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
