package com.finflow.localstack.lambda;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The Lambda Context a handler receives, as a proxy over the container's own Context interface: the
 * runtime shares no class with the function, exactly like a separate Lambda container.
 */
final class InvocationContext implements InvocationHandler {

  private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  private static final String LOGGER = "com.amazonaws.services.lambda.runtime.LambdaLogger";

  private final FunctionDefinition function;
  private final String invokedArn;
  private final String requestId;
  private final String containerId;
  private final Instant deadline;
  private final Object logger;

  private InvocationContext(
      FunctionDefinition function,
      String invokedArn,
      String requestId,
      String containerId,
      ClassLoader loader)
      throws ClassNotFoundException {
    this.function = function;
    this.invokedArn = invokedArn;
    this.requestId = requestId;
    this.containerId = containerId;
    this.deadline = Instant.now().plus(function.timeout());
    this.logger =
        Proxy.newProxyInstance(loader, new Class<?>[] {loader.loadClass(LOGGER)}, this::log);
  }

  static Object create(
      FunctionDefinition function,
      String invokedArn,
      String requestId,
      String containerId,
      ClassLoader loader)
      throws ClassNotFoundException {
    InvocationContext context =
        new InvocationContext(function, invokedArn, requestId, containerId, loader);
    return Proxy.newProxyInstance(loader, new Class<?>[] {loader.loadClass(CONTEXT)}, context);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    return switch (method.getName()) {
      case "getAwsRequestId" -> requestId;
      case "getLogGroupName" -> "/aws/lambda/" + function.name();
      case "getLogStreamName" -> "local/[$LATEST]" + containerId;
      case "getFunctionName" -> function.name();
      case "getFunctionVersion" -> "$LATEST";
      case "getInvokedFunctionArn" -> invokedArn;
      case "getRemainingTimeInMillis" ->
          (int) Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis());
      case "getMemoryLimitInMB" -> function.memoryMb();
      case "getLogger" -> logger;
      // Lambda leaves these empty unless invoked from a mobile SDK.
      case "getIdentity", "getClientContext", "getTenantId", "getXrayTraceId" -> null;
      case "toString" -> "LocalLambdaContext[" + function.name() + ", " + requestId + "]";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
    };
  }

  private Object log(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("log") && args != null && args.length >= 1) {
      String line =
          args[0] instanceof byte[] bytes
              ? new String(bytes, StandardCharsets.UTF_8)
              : String.valueOf(args[0]);
      System.out.println("[" + function.name() + "] " + line.stripTrailing());
      return null;
    }
    return switch (method.getName()) {
      case "toString" -> "LocalLambdaLogger[" + function.name() + "]";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
    };
  }
}
