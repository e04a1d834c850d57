package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the provider answers: a status, a JSON body (null for none) and extra headers. Errors of the
 * Open Finance APIs use the specs' envelope, {@code
 * {"errors":[{"code","title","detail"}],"meta":{...}}}.
 */
record ProviderAnswer(int status, Object body, Map<String, String> headers) {

  ProviderAnswer {
    headers = Map.copyOf(headers);
  }

  static ProviderAnswer ok(Object body) {
    return new ProviderAnswer(200, body, Map.of());
  }

  static ProviderAnswer created(Object body) {
    return new ProviderAnswer(201, body, Map.of());
  }

  ProviderAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ProviderAnswer(status, body, more);
  }

  /**
   * The error envelope. The accounts spec's {@code ResponseError} meta has totalRecords, totalPages
   * and requestDateTime; the consents spec requires only requestDateTime but shows all three in its
   * examples, so every error carries them.
   */
  static ProviderAnswer error(int status, String code, String title, String detail) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("title", title);
    error.put("detail", detail);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", List.of(error));
    body.put("meta", meta(1, 1));
    return new ProviderAnswer(status, body, Map.of());
  }

  static ProviderAnswer unauthorized(String detail) {
    return error(401, "UNAUTHORIZED", "Não autorizado", detail)
        .withHeader("WWW-Authenticate", "Bearer");
  }

  static ProviderAnswer forbidden(String detail) {
    return error(403, "FORBIDDEN", "Acesso negado", detail);
  }

  static ProviderAnswer notFound(String detail) {
    return error(404, "NOT_FOUND", "Recurso não encontrado", detail);
  }

  static ProviderAnswer badRequest(String detail) {
    return error(400, "PARAMETRO_INVALIDO", "Requisição inválida", detail);
  }

  static ProviderAnswer unprocessable(String code, String detail) {
    return error(422, code, "Requisição não processável", detail);
  }

  static ProviderAnswer methodNotAllowed(String allowed) {
    return error(405, "METHOD_NOT_ALLOWED", "Método não permitido", "allowed methods: " + allowed)
        .withHeader("Allow", allowed);
  }

  /**
   * An OAuth 2.0 error (RFC 6749 section 5.2, RFC 7591 section 3.2.2), for the authorization
   * server's endpoints.
   */
  static ProviderAnswer oauthError(int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return new ProviderAnswer(status, body, Map.of());
  }

  static Map<String, Object> meta(int totalRecords, int totalPages) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("totalRecords", totalRecords);
    meta.put("totalPages", totalPages);
    meta.put("requestDateTime", WireTime.seconds(Instant.now()));
    return meta;
  }

  static Map<String, Object> metaRequestDateTimeOnly() {
    return Map.of("requestDateTime", WireTime.seconds(Instant.now()));
  }
}
