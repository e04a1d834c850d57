package com.finflow.localstack.http;

import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every error the HTTP server raises itself (a request line, URI or header it cannot parse
 * or will not hold, a handler that failed) as API Gateway would: its JSON and its status, never an
 * HTML page.
 */
final class GatewayErrorHandler implements Request.Handler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code
            ? code
            : response.getStatus();
    GatewayError error = GatewayError.forServerStatus(status);
    if (error == GatewayError.INTERNAL_SERVER_ERROR
        && request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable failure) {
      System.out.println(
          "HTTP API failed on "
              + request.getMethod()
              + " "
              + request.getHttpURI()
              + ": "
              + failure);
    }
    response.reset();
    ApiHandler.write(error.response(), UUID.randomUUID().toString(), response, callback);
    return true;
  }
}
