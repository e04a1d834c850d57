package com.finflow.cashflow.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.Json;
import com.finflow.shared.sqs.UnreadableMessage;
import java.time.LocalDate;
import java.util.Map;

/** A release request as a message of the release queue. */
public final class ReleaseMessages {

  private ReleaseMessages() {}

  /** Which rows to release: a currency's, held from a day on. */
  public record Release(String organizationId, String currency, LocalDate from) {}

  public static String write(Release release) {
    return Json.write(
        Map.of(
            "organization_id", release.organizationId(),
            "currency", release.currency(),
            "from", release.from().toString()));
  }

  public static Release read(String body) {
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      return new Release(
          json.get("organization_id").asText(),
          json.get("currency").asText(),
          LocalDate.parse(json.get("from").asText()));
    } catch (Exception e) {
      throw new UnreadableMessage("not a release request");
    }
  }
}
