package com.finflow.localstack.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The HTTP API's front door: admits a request as API Gateway would, reads it, and writes the
 * answer.
 */
final class ApiHandler extends Handler.Abstract {

  private final HttpApi api;

  ApiHandler(HttpApi api) {
    this.api = api;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String requestId = UUID.randomUUID().toString();
    write(answer(request, requestId), requestId, response, callback);
    return true;
  }

  static void write(
      HttpApiResponse answer, String requestId, Response response, Callback callback) {
    response.setStatus(answer.status());
    answer
        .headers()
        .forEach(header -> response.getHeaders().add(header.getKey(), header.getValue()));
    response.getHeaders().put("apigw-requestid", requestId);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  private HttpApiResponse answer(Request request, String requestId) throws Exception {
    Optional<GatewayError> refused = GatewayAdmission.refusal(request);
    if (refused.isPresent()) {
      return refused.get().response();
    }
    // API Gateway's own payload quota, checked before anything is read; Lambda's smaller one
    // applies to the event.
    if (request.getLength() > GatewayLimits.PAYLOAD_BYTES) {
      return GatewayError.REQUEST_ENTITY_TOO_LARGE.response();
    }
    byte[] body;
    try (InputStream content = Content.Source.asInputStream(request)) {
      body = content.readNBytes(Math.toIntExact(GatewayLimits.PAYLOAD_BYTES + 1));
    }
    if (body.length > GatewayLimits.PAYLOAD_BYTES) {
      return GatewayError.REQUEST_ENTITY_TOO_LARGE.response();
    }
    return api.answer(incoming(request, requestId, body));
  }

  private static IncomingRequest incoming(Request request, String requestId, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers
          .computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(field.getValue());
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Fields.Field field : Request.extractQueryParameters(request)) {
      query.put(field.getName(), field.getValues());
    }
    String rawQuery = request.getHttpURI().getQuery();
    String host = request.getHeaders().get("host");
    return new IncomingRequest(
        requestId,
        request.getMethod(),
        request.getHttpURI().getPath(),
        rawQuery == null ? "" : rawQuery,
        headers,
        query,
        body,
        Request.getRemoteAddr(request),
        request.getConnectionMetaData().getProtocol(),
        host == null ? "localhost" : host);
  }
}
