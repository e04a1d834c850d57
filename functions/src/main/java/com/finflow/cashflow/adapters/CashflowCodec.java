package com.finflow.cashflow.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.Contribution;
import com.finflow.cashflow.Deltas;
import com.finflow.cashflow.FeedRow;
import com.finflow.cashflow.Group;
import com.finflow.cashflow.QuarantineEntry;
import com.finflow.cashflow.QuarantinedRow;
import com.finflow.cashflow.RefusedBatch;
import com.finflow.cashflow.RowRef;
import com.finflow.cashflow.Rule;
import com.finflow.cashflow.Source;
import com.finflow.shared.Json;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** JSON forms of the values kept inside items: rows, groups' members, journal deltas. */
final class CashflowCodec {

  private CashflowCodec() {}

  static String deltas(Deltas deltas) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    deltas
        .asMap()
        .forEach(
            (key, figures) -> {
              ObjectNode ofKey = json.putObject(key.id());
              figures.asMap().forEach(ofKey::put);
            });
    return json.toString();
  }

  static Deltas deltasOf(String text) {
    Deltas deltas = new Deltas();
    JsonNode json = read(text);
    for (Iterator<Map.Entry<String, JsonNode>> keys = json.fields(); keys.hasNext(); ) {
      Map.Entry<String, JsonNode> ofKey = keys.next();
      AggregateKey key = CashflowKeys.aggregateOf(ofKey.getKey());
      ofKey
          .getValue()
          .fields()
          .forEachRemaining(
              figure -> deltas.add(key, figure.getKey(), figure.getValue().longValue()));
    }
    return deltas;
  }

  static String entry(QuarantineEntry entry) {
    return switch (entry) {
      case QuarantinedRow row -> row(row).toString();
      case RefusedBatch refused -> {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("rule", refused.rule().name());
        json.put("source", refused.source().name());
        json.put("batch_id", refused.batchId());
        json.put("digest", refused.digest());
        json.put("rows", refused.rows());
        yield json.toString();
      }
    };
  }

  static QuarantineEntry entryOf(String text) {
    JsonNode json = read(text);
    if (Rule.valueOf(json.path("rule").asText()) == Rule.BATCH_ID_REUSED) {
      return new RefusedBatch(
          Source.valueOf(json.path("source").asText()),
          json.path("batch_id").asText(),
          json.path("digest").asText(),
          json.path("rows").asInt());
    }
    return rowOf(json);
  }

  static String member(Group.Member member) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.set("row", row(member.row()));
    member
        .counted()
        .ifPresent(
            counted -> {
              ObjectNode contribution = json.putObject("counted");
              contribution.put("eur_cents", counted.eurCents());
              contribution.put("at", counted.at().toString());
              contribution.put("currency", counted.currency());
              contribution.put("payer_iban", counted.payerIban());
              contribution.put("beneficiary_iban", counted.beneficiaryIban());
              counted.payerCompany().ifPresent(c -> contribution.put("payer_company", c));
              counted
                  .beneficiaryCompany()
                  .ifPresent(c -> contribution.put("beneficiary_company", c));
            });
    return json.toString();
  }

  static Group.Member memberOf(String text) {
    JsonNode json = read(text);
    JsonNode counted = json.path("counted");
    Optional<Contribution> contribution =
        counted.isObject()
            ? Optional.of(
                new Contribution(
                    counted.path("eur_cents").longValue(),
                    Instant.parse(counted.path("at").asText()),
                    counted.path("currency").asText(),
                    counted.path("payer_iban").asText(),
                    counted.path("beneficiary_iban").asText(),
                    optional(counted, "payer_company"),
                    optional(counted, "beneficiary_company")))
            : Optional.empty();
    return new Group.Member(rowOf(json.path("row")), contribution);
  }

  private static ObjectNode row(QuarantinedRow row) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("rule", row.rule().name());
    json.put("source", row.source().name());
    json.put("ref", row.ref().text());
    FeedRow feed = row.row();
    json.put("id", feed.id());
    json.put("payer_iban", feed.payerIban());
    json.put("beneficiary_iban", feed.beneficiaryIban());
    json.put("amount", feed.amount());
    json.put("currency", feed.currency());
    json.put("timestamp", feed.timestamp());
    row.payerCompany().ifPresent(c -> json.put("payer_company", c));
    row.beneficiaryCompany().ifPresent(c -> json.put("beneficiary_company", c));
    return json;
  }

  private static QuarantinedRow rowOf(JsonNode json) {
    return new QuarantinedRow(
        Rule.valueOf(json.path("rule").asText()),
        Source.valueOf(json.path("source").asText()),
        RowRef.ofText(json.path("ref").asText()),
        new FeedRow(
            json.path("id").asText(),
            json.path("payer_iban").asText(),
            json.path("beneficiary_iban").asText(),
            json.path("amount").asText(),
            json.path("currency").asText(),
            json.path("timestamp").asText()),
        optional(json, "payer_company"),
        optional(json, "beneficiary_company"));
  }

  private static Optional<String> optional(JsonNode json, String name) {
    return json.hasNonNull(name) ? Optional.of(json.get(name).asText()) : Optional.empty();
  }

  private static JsonNode read(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
