package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One hostile request and how it must be answered: {@code type} is a problem type, or API Gateway's
 * message when it does not start with {@code urn:}. A request that reaches the organization's
 * submission quota takes one submission from it, by design: for those the rate limit counters are
 * left out of "nothing written".
 */
record AbuseCase(
    String name,
    String route,
    Supplier<RawHttp.Answer> request,
    int status,
    String type,
    Optional<String> pointer,
    boolean countsQuota,
    Consumer<RawHttp.Answer> also) {

  static final String PROBLEM = "urn:finflow:problem:";
  static final String MALFORMED = PROBLEM + "malformed-request";
  static final String INVALID = PROBLEM + "invalid-request";
  static final String UNSUPPORTED = PROBLEM + "unsupported-media-type";
  static final String TOO_LARGE = PROBLEM + "payload-too-large";
  static final String NOT_FOUND = PROBLEM + "not-found";
  static final String FORBIDDEN = PROBLEM + "forbidden";
  static final String METHOD_NOT_ALLOWED = PROBLEM + "method-not-allowed";
  static final String GATEWAY_UNAUTHORIZED = "Unauthorized";
  static final String GATEWAY_BAD_REQUEST = "Bad Request";
  static final String GATEWAY_TOO_LARGE = "Request Entity Too Large";

  private static final ObjectMapper JSON = new ObjectMapper();

  static AbuseCase refused(
      String name, String route, int status, String type, Supplier<RawHttp.Answer> request) {
    return new AbuseCase(name, route, request, status, type, Optional.empty(), false, answer -> {});
  }

  AbuseCase at(String expectedPointer) {
    return new AbuseCase(
        name, route, request, status, type, Optional.of(expectedPointer), countsQuota, also);
  }

  AbuseCase countingQuota() {
    return new AbuseCase(name, route, request, status, type, pointer, true, also);
  }

  AbuseCase also(Consumer<RawHttp.Answer> check) {
    return new AbuseCase(name, route, request, status, type, pointer, countsQuota, check);
  }

  static JsonNode json(RawHttp.Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + answer.body(), e);
    }
  }

  static Consumer<RawHttp.Answer> detailMentions(String words) {
    return answer -> assertThat(json(answer).get("detail").asText()).contains(words);
  }

  /** The problem without the members that echo the request (its path, its correlation id). */
  static JsonNode withoutEchoes(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove(List.of("instance", "correlation_id"));
    return copy;
  }
}
