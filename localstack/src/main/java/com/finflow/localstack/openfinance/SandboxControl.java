package com.finflow.localstack.openfinance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's own endpoints, outside the Open Finance APIs and never counted or faulted: {@code
 * GET|PUT /sandbox/faults} to see or replace the faults while the provider runs, {@code GET
 * /sandbox/calls} for the calls per endpoint and {@code POST /sandbox/calls/reset} to zero them.
 * Faults as JSON mirror the {@code --provider-faults} keys: {@code
 * {"seed":42,"endpoints":{"transactions":{"504":0.2,"500":0,"429":0,"drop":0,"latency":20}}}}.
 */
final class SandboxControl {

  static final String PREFIX = "/sandbox/";

  private final FaultDraws draws;
  private final ProviderCalls calls;

  SandboxControl(FaultDraws draws, ProviderCalls calls) {
    this.draws = draws;
    this.calls = calls;
  }

  ProviderAnswer handle(ProviderRequest request) {
    String method = request.method();
    return switch (request.path()) {
      case "/sandbox/faults" ->
          switch (method) {
            case "GET" -> ProviderAnswer.ok(toJson(draws.faults()));
            case "PUT" -> replaceFaults(request);
            default -> controlError(405, "allowed methods: GET, PUT");
          };
      case "/sandbox/calls" ->
          method.equals("GET")
              ? ProviderAnswer.ok(calls.snapshot())
              : controlError(405, "allowed methods: GET");
      case "/sandbox/calls/reset" -> {
        if (!method.equals("POST")) {
          yield controlError(405, "allowed methods: POST");
        }
        calls.reset();
        yield ProviderAnswer.ok(calls.snapshot());
      }
      default -> controlError(404, "no such sandbox resource: " + request.path());
    };
  }

  private ProviderAnswer replaceFaults(ProviderRequest request) {
    try {
      ProviderFaults faults = fromJson(ProviderJson.read(request.body()), draws.faults().seed());
      draws.configure(faults);
      return ProviderAnswer.ok(toJson(faults));
    } catch (IllegalArgumentException e) {
      return controlError(400, e.getMessage());
    }
  }

  static Map<String, Object> toJson(ProviderFaults faults) {
    Map<String, Object> endpoints = new LinkedHashMap<>();
    faults
        .endpoints()
        .forEach(
            (endpoint, rates) -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("504", rates.gatewayTimeoutRate());
              json.put("500", rates.serverErrorRate());
              json.put("429", rates.tooManyRequestsRate());
              json.put("drop", rates.dropRate());
              json.put("latency", rates.latency().toMillis());
              endpoints.put(endpoint.wireName(), json);
            });
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("seed", faults.seed());
    json.put("endpoints", endpoints);
    return json;
  }

  /**
   * Replaces every endpoint's faults (endpoints left out behave); without a seed, the current one
   * stays.
   */
  static ProviderFaults fromJson(JsonNode json, long currentSeed) {
    Map<ProviderEndpoint, EndpointFaults> endpoints = new EnumMap<>(ProviderEndpoint.class);
    JsonNode listed = json.path("endpoints");
    if (!listed.isMissingNode() && !listed.isObject()) {
      throw new IllegalArgumentException("endpoints must be an object keyed by endpoint name");
    }
    for (Iterator<Map.Entry<String, JsonNode>> entries = listed.fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = entries.next();
      EndpointFaults faults = EndpointFaults.NONE;
      for (Iterator<Map.Entry<String, JsonNode>> settings = entry.getValue().fields();
          settings.hasNext(); ) {
        Map.Entry<String, JsonNode> setting = settings.next();
        if (!setting.getValue().isNumber()) {
          throw new IllegalArgumentException(
              entry.getKey() + "." + setting.getKey() + " must be a number");
        }
        faults = faults.with(setting.getKey(), setting.getValue().asDouble());
      }
      endpoints.put(ProviderEndpoint.named(entry.getKey()), faults);
    }
    long seed = json.has("seed") ? json.get("seed").asLong() : currentSeed;
    return new ProviderFaults(endpoints, seed);
  }

  private static ProviderAnswer controlError(int status, String message) {
    return new ProviderAnswer(status, Map.of("error", message), Map.of());
  }
}
