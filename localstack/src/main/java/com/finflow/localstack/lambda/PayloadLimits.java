package com.finflow.localstack.lambda;

/**
 * Lambda's payload quotas for synchronous invocations, in bytes of the UTF-8 JSON payload. The
 * documentation says "6 MB" for both directions
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html); the exact figures are
 * the ones Lambda's errors name: "Request must be smaller than 6291456 bytes for the InvokeFunction
 * operation" and a response allowance 100 bytes larger.
 */
public final class PayloadLimits {

  /** 6 MiB: a larger event is refused before the function runs. */
  public static final long SYNC_REQUEST_BYTES = 6L * 1024 * 1024;

  /** 6 MiB and 100 bytes: a larger response fails the invocation after the function ran. */
  public static final long SYNC_RESPONSE_BYTES = SYNC_REQUEST_BYTES + 100;

  private PayloadLimits() {}

  /**
   * The length of the text in UTF-8, counted without encoding it (events may be megabytes long).
   */
  public static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
