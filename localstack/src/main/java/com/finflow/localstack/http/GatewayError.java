package com.finflow.localstack.http;

/**
 * The answers an API Gateway HTTP API gives on its own, without a function's response: a JSON body
 * {@code {"message":"<reason phrase>"}} with {@code content-type: application/json}.
 *
 * <p>Sources, and where the documentation is silent, the choice made:
 *
 * <ul>
 *   <li>404, 500:
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html
 *   <li>401, 403:
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 *   <li>503 when the integration times out: the documentation names only the 30 s quota
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html);
 *       captured responses are {@code 503 {"message":"Service Unavailable"}}
 *       (https://github.com/cortexlabs/cortex/issues/1225).
 *   <li>413 when the event is over Lambda's 6 MB: AWS's own emulator answers it so
 *       (https://github.com/aws/aws-lambda-dotnet, Tools/LambdaTestTool-v2,
 *       InvokeResponseExtensions).
 *   <li>400 for a path with an invalid escape: live captures show HTTP APIs refuse such paths with
 *       400 before any function runs (https://github.com/hotsock/voker,
 *       vokerhttp/testdata/ingress-paths.json); the body is not documented, so it takes the shape
 *       of the other answers.
 *   <li>414 and 431 past the 10,240-byte quota on the request line and header values: the
 *       documentation states the quota but not the answer, so the standard statuses are used, in
 *       the same shape.
 * </ul>
 */
enum GatewayError {
  BAD_REQUEST(400, "Bad Request"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not Found"),
  REQUEST_ENTITY_TOO_LARGE(413, "Request Entity Too Large"),
  REQUEST_URI_TOO_LONG(414, "Request-URI Too Long"),
  REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large"),
  INTERNAL_SERVER_ERROR(500, "Internal Server Error"),
  SERVICE_UNAVAILABLE(503, "Service Unavailable");

  private final int status;
  private final String message;

  GatewayError(int status, String message) {
    this.status = status;
    this.message = message;
  }

  int status() {
    return status;
  }

  String message() {
    return message;
  }

  HttpApiResponse response() {
    return HttpApiResponse.message(status, message);
  }

  /**
   * The answer API Gateway gives where the HTTP server itself refused a request with the given
   * status. Size limits keep their status; a failure of the server is a 500; anything else the
   * server finds wrong in a request (a bad request line, header or version, an unsupported transfer
   * coding) is a malformed request.
   */
  static GatewayError forServerStatus(int status) {
    return switch (status) {
      case 413 -> REQUEST_ENTITY_TOO_LARGE;
      case 414 -> REQUEST_URI_TOO_LONG;
      case 431 -> REQUEST_HEADER_FIELDS_TOO_LARGE;
      case 500 -> INTERNAL_SERVER_ERROR;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> BAD_REQUEST;
    };
  }
}
