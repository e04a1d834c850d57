package com.finflow.localstack.http;

import java.time.Duration;

/**
 * The HTTP API quotas the local stack enforces, from
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html.
 */
final class GatewayLimits {

  /** "Total combined size of request line and header values: 10240 bytes". */
  static final int REQUEST_LINE_AND_HEADER_VALUES_BYTES = 10_240;

  /** "Payload size: 10 MB", counted as 10 MiB like the 413 that names "10485760 bytes". */
  static final long PAYLOAD_BYTES = 10L * 1024 * 1024;

  /** "Maximum integration timeout: 30 seconds", also the default when the integration sets none. */
  static final Duration INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

  /** "Timeout for Lambda authorizer response: 10000 ms". */
  static final Duration AUTHORIZER_TIMEOUT = Duration.ofMillis(10_000);

  /**
   * How much the HTTP server itself parses before refusing a request line or headers: far above the
   * quota, so that requests between the two are measured and answered here, and requests beyond it
   * still get API Gateway's answer from the error handler.
   */
  static final int SERVER_HEADER_BUFFER_BYTES = 64 * 1024;

  private GatewayLimits() {}
}
