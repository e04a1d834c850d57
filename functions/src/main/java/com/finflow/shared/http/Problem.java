package com.finflow.shared.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.finflow.shared.failure.FieldError;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document, with the request's correlation id and any invalid fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String correlationId,
    List<FieldError> errors,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> facts) {

  public static final String MEDIA_TYPE = "application/problem+json";

  @JsonAnyGetter
  public Map<String, Object> facts() {
    return facts;
  }
}
