package com.finflow.shared.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.finflow.shared.Json;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One JSON object per line on standard output, which Lambda ships to CloudWatch Logs.
 *
 * <p>Every line carries the correlation id, the function name and the cold-start flag. Values under
 * keys that name secrets or personal data are replaced before anything is written, so a careless
 * call site cannot leak them.
 */
public final class StructuredLog {

  private static final String REDACTED = "[redacted]";
  private static final Set<String> SENSITIVE_KEY_PARTS =
      Set.of(
          "password",
          "token",
          "secret",
          "authorization",
          "cookie",
          "email",
          "cpf",
          "document",
          "iban",
          "account_number",
          "private_key",
          "signature");

  private static volatile PrintStream out = System.out;
  // Set while priming rehearses requests: their refusals and failures never happened.
  private static volatile boolean rehearsing;
  private static final AtomicInteger HELD_BACK = new AtomicInteger();

  private final String logger;

  private StructuredLog(String logger) {
    this.logger = logger;
  }

  public static StructuredLog of(Class<?> owner) {
    return new StructuredLog(owner.getSimpleName());
  }

  /** Lets tests capture what would reach CloudWatch. */
  public static void redirectTo(PrintStream stream) {
    out = stream;
  }

  /**
   * Runs work whose lines are composed as usual, so the logging path is primed too, but not
   * written. Priming runs one thread at a time before any event, so no real line is held back.
   *
   * @return how many lines the work did not write
   */
  public static int rehearse(Runnable work) {
    int before = HELD_BACK.get();
    rehearsing = true;
    try {
      work.run();
    } finally {
      rehearsing = false;
    }
    return HELD_BACK.get() - before;
  }

  public void info(String message, Map<String, ?> fields) {
    write("INFO", message, fields, null);
  }

  public void info(String message) {
    write("INFO", message, Map.of(), null);
  }

  public void warn(String message, Map<String, ?> fields) {
    write("WARN", message, fields, null);
  }

  public void error(String message, Throwable failure) {
    write("ERROR", message, Map.of(), failure);
  }

  private void write(String level, String message, Map<String, ?> fields, Throwable failure) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", Instant.now().toString());
    line.put("level", level);
    line.put("message", message);
    line.put("logger", logger);
    line.put("function_name", Invocation.functionName());
    line.put("correlation_id", Invocation.correlationId());
    line.put("cold_start", Invocation.coldStart());
    fields.forEach((key, value) -> line.putIfAbsent(key, isSensitive(key) ? REDACTED : value));
    if (failure != null) {
      line.put("error_type", failure.getClass().getName());
      line.put("stack_trace", stackTraceOf(failure));
    }
    try {
      String text = Json.MAPPER.writeValueAsString(line);
      if (rehearsing) {
        HELD_BACK.incrementAndGet();
      } else {
        out.println(text);
      }
    } catch (JsonProcessingException e) {
      out.println(
          "{\"level\":\"ERROR\",\"message\":\"unloggable fields\",\"logger\":\"" + logger + "\"}");
    }
  }

  static boolean isSensitive(String key) {
    String normalized = key.toLowerCase(Locale.ROOT).replace('-', '_');
    return SENSITIVE_KEY_PARTS.stream().anyMatch(normalized::contains);
  }

  // Exception messages may quote input, so only class names and frames are logged.
  private static String stackTraceOf(Throwable failure) {
    StringWriter text = new StringWriter();
    Throwable current = failure;
    try (PrintWriter writer = new PrintWriter(text)) {
      while (current != null) {
        writer.println(current.getClass().getName());
        for (StackTraceElement frame : current.getStackTrace()) {
          writer.println("\tat " + frame);
        }
        current = current.getCause();
        if (current != null) {
          writer.print("Caused by: ");
        }
      }
    }
    return text.toString();
  }
}
