package com.finflow.localstack.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One function instance in a class loader of its own, parented by the platform loader so nothing is
 * shared with the runtime or other functions: statics, environment and libraries are per container,
 * as on Lambda.
 */
final class FunctionContainer implements AutoCloseable {

  private static final String SERIALIZERS =
      "com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers";
  private static final String JACKSON_FACTORY =
      "com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory";
  private static final String POJO_SERIALIZER =
      "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer";
  private static final String ENVIRONMENT = "com.finflow.shared.Environment";
  private static final String PRIMING = "com.finflow.shared.lambda.Priming";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final FunctionDefinition function;
  private final String id;
  private final URLClassLoader loader;
  private final Object handler;
  private final Method method;
  private final boolean streaming;
  private final Object inputSerializer;
  private final Map<Class<?>, Object> outputSerializers = new ConcurrentHashMap<>();
  private final Method fromJson;
  private final Method toJson;

  private FunctionContainer(
      FunctionDefinition function, URL[] code, Map<String, String> environment) throws Exception {
    this.function = function;
    this.id = String.format("%08x", COUNTER.incrementAndGet() * 0x9E3779B1);
    this.loader =
        new URLClassLoader(
            "lambda:" + function.name() + ":" + id, code, ClassLoader.getPlatformClassLoader());
    this.fromJson = loader.loadClass(POJO_SERIALIZER).getMethod("fromJson", InputStream.class);
    this.toJson =
        loader.loadClass(POJO_SERIALIZER).getMethod("toJson", Object.class, OutputStream.class);
    String[] handlerParts = function.handler().split("::", 2);
    Object[] prepared =
        inContainer(
            () -> {
              setEnvironment(environment);
              Class<?> handlerClass = loader.loadClass(handlerParts[0]);
              Method handlerMethod =
                  handlerMethod(
                      handlerClass, handlerParts.length > 1 ? handlerParts[1] : "handleRequest");
              Object instance =
                  Modifier.isStatic(handlerMethod.getModifiers())
                      ? handlerClass
                      : handlerClass.getDeclaredConstructor().newInstance();
              return new Object[] {instance, handlerMethod};
            });
    this.handler = prepared[0];
    this.method = (Method) prepared[1];
    this.method.setAccessible(true);
    Class<?>[] parameters = method.getParameterTypes();
    this.streaming =
        parameters.length >= 2
            && parameters[0] == InputStream.class
            && parameters[1] == OutputStream.class;
    this.inputSerializer =
        streaming || parameters.length == 0
            ? null
            : serializerFor(method.getGenericParameterTypes()[0]);
  }

  static FunctionContainer create(
      FunctionDefinition function, URL[] code, Map<String, String> environment) {
    try {
      return new FunctionContainer(function, code, environment);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "init of " + function.name() + " failed: " + e.getCause(), e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(
          "init of " + function.name() + " (" + function.handler() + ") failed: " + e, e);
    }
  }

  String id() {
    return id;
  }

  /** Runs the handler on the calling thread; exceptions are the handler's own (unwrapped). */
  String invoke(String eventJson, String invokedArn, String requestId) throws Throwable {
    return run(method, handler, eventJson, invokedArn, requestId);
  }

  private String run(
      Method target, Object receiver, String eventJson, String invokedArn, String requestId)
      throws Throwable {
    try {
      return inContainer(
          () -> {
            Object context = InvocationContext.create(function, invokedArn, requestId, id, loader);
            if (streaming) {
              ByteArrayOutputStream output = new ByteArrayOutputStream();
              target.invoke(
                  receiver,
                  new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)),
                  output,
                  context);
              return output.toString(StandardCharsets.UTF_8);
            }
            Object[] args =
                switch (target.getParameterCount()) {
                  case 0 -> new Object[0];
                  case 1 -> new Object[] {deserialize(eventJson)};
                  default -> new Object[] {deserialize(eventJson), context};
                };
            return serialize(target.invoke(receiver, args));
          });
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * This runtime's own invocation path, run once on a stand-in for a stream handler: its context
   * object, and the reflective call it makes where Lambda's runtime calls a stream handler through
   * its interface. Lambda's runtime has its own path loaded before it restores a snapshot, so a
   * primed first event should not pay for ours. The function itself does not run.
   */
  void warmRuntime() throws Throwable {
    if (streaming) {
      run(StandIn.HANDLE, new StandIn(), "{}", function.arn(), "warm-up");
    } else {
      inContainer(() -> InvocationContext.create(function, function.arn(), "warm-up", id, loader));
    }
    // A call with no arguments builds the handler method's reflective accessor, which then refuses
    // the call before the method runs.
    if (method.getParameterCount() > 0) {
      try {
        method.invoke(handler);
      } catch (IllegalArgumentException refusedBeforeRunning) {
        // what was wanted
      }
    }
  }

  /** Stands in for a stream handler: the same shape of call, and nothing done. */
  public static final class StandIn {
    static final Method HANDLE;

    static {
      try {
        HANDLE =
            StandIn.class.getMethod(
                "handleRequest", InputStream.class, OutputStream.class, Object.class);
      } catch (NoSuchMethodException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    public void handleRequest(InputStream input, OutputStream output, Object context) {
      // a stand-in: the call is what is warmed
    }
  }

  /**
   * What SnapStart does when it publishes a version: the function's priming runs before the
   * snapshot, and its restore hook after. Answers how many priming steps ran, or -1 for code that
   * has none.
   */
  int prime() throws Exception {
    return inContainer(
        () -> {
          Class<?> priming;
          try {
            priming = loader.loadClass(PRIMING);
          } catch (ClassNotFoundException notPrimed) {
            return -1;
          }
          try {
            int steps = (int) priming.getMethod("runBeforeCheckpoint").invoke(null);
            priming.getMethod("runAfterRestore").invoke(null);
            return steps;
          } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                "priming of " + function.name() + " failed", e.getCause());
          }
        });
  }

  private Object deserialize(String json) throws Exception {
    try {
      return fromJson.invoke(
          inputSerializer, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "could not deserialize the event for "
              + function.handler()
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private String serialize(Object result) throws Exception {
    if (result == null) {
      return "null";
    }
    Object serializer =
        outputSerializers.computeIfAbsent(
            result.getClass(),
            type -> {
              try {
                return serializerFor(type);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    toJson.invoke(serializer, result, output);
    return output.toString(StandardCharsets.UTF_8);
  }

  /**
   * Same choice as the Lambda Java runtime: Lambda's own mixins for event classes, plain Jackson
   * for the rest.
   */
  private Object serializerFor(Type type) throws Exception {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    Class<?> serializers = loader.loadClass(SERIALIZERS);
    if ((boolean)
        serializers.getMethod("isLambdaSupportedEvent", String.class).invoke(null, raw.getName())) {
      return serializers
          .getMethod("serializerFor", Class.class, ClassLoader.class)
          .invoke(null, raw, loader);
    }
    Class<?> factoryClass = loader.loadClass(JACKSON_FACTORY);
    Object factory = factoryClass.getMethod("getInstance").invoke(null);
    return factoryClass.getMethod("getSerializer", Type.class).invoke(factory, type);
  }

  private void setEnvironment(Map<String, String> environment) throws Exception {
    Class<?> environmentClass;
    try {
      environmentClass = loader.loadClass(ENVIRONMENT);
    } catch (ClassNotFoundException notUsedByThisCode) {
      return;
    }
    environmentClass
        .getMethod("replaceForThisContainer", Map.class)
        .invoke(null, new HashMap<>(environment));
  }

  /**
   * The concrete handleRequest(X, Context), not the bridge the compiler adds for the generic
   * interface.
   */
  private static Method handlerMethod(Class<?> handlerClass, String name)
      throws NoSuchMethodException {
    return Arrays.stream(handlerClass.getMethods())
        .filter(
            candidate ->
                candidate.getName().equals(name)
                    && !candidate.isBridge()
                    && !candidate.isSynthetic())
        .max(Comparator.comparingInt(Method::getParameterCount))
        .orElseThrow(() -> new NoSuchMethodException(handlerClass.getName() + "::" + name));
  }

  private <T> T inContainer(Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      System.err.println(
          "container " + id + " of " + function.name() + " did not close: " + e.getMessage());
    }
  }
}
