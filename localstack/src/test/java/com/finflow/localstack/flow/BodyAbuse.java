package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseBodies.JSON_TYPE;
import static com.finflow.localstack.flow.AbuseBodies.MIB;
import static com.finflow.localstack.flow.AbuseBodies.bulk;
import static com.finflow.localstack.flow.AbuseBodies.extraction;
import static com.finflow.localstack.flow.AbuseBodies.newIban;
import static com.finflow.localstack.flow.AbuseBodies.openAccount;
import static com.finflow.localstack.flow.AbuseBodies.padded;
import static com.finflow.localstack.flow.AbuseBodies.registration;
import static com.finflow.localstack.flow.AbuseBodies.withMember;
import static com.finflow.localstack.flow.AbuseCase.GATEWAY_TOO_LARGE;
import static com.finflow.localstack.flow.AbuseCase.INVALID;
import static com.finflow.localstack.flow.AbuseCase.MALFORMED;
import static com.finflow.localstack.flow.AbuseCase.TOO_LARGE;
import static com.finflow.localstack.flow.AbuseCase.detailMentions;
import static com.finflow.localstack.flow.AbuseCase.json;
import static com.finflow.localstack.flow.AbuseCase.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bodies that break the edge's limits or its shape: sizes, nesting and lengths, JSON that is not an
 * object, duplicate and unknown members.
 */
final class BodyAbuse {

  private BodyAbuse() {}

  static List<AbuseCase> cases(AbuseTarget t) {
    List<AbuseCase> cases = new ArrayList<>();
    cases.addAll(sizes(t));
    cases.addAll(readerLimits(t));
    cases.addAll(notObjects(t));
    cases.addAll(duplicateMembers(t));
    cases.addAll(unknownMembers(t));
    return cases;
  }

  private static List<AbuseCase> sizes(AbuseTarget t) {
    return List.of(
        refused(
                "account body 1 byte over 1 MiB",
                "POST /accounts",
                413,
                TOO_LARGE,
                () ->
                    t.json(
                        "POST",
                        "/accounts",
                        t.owner,
                        padded(openAccount(newIban(), "1.00"), MIB + 1)))
            .also(answer -> assertThat(json(answer).get("max_bytes").asInt()).isEqualTo(MIB)),
        refused(
                "bulk body 1 byte over 2 MiB",
                "POST /transfers/bulk",
                413,
                TOO_LARGE,
                () ->
                    t.json("POST", "/transfers/bulk", t.owner, padded(bulk(t.owner), 2 * MIB + 1)))
            .also(answer -> assertThat(json(answer).get("max_bytes").asInt()).isEqualTo(2 * MIB)),
        refused(
                "bulk body of 1.5 MiB (within its 2 MiB) with an unknown member",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        padded(withMember(bulk(t.owner), "unexpected_key", "x"), 3 * MIB / 2)))
            .at("/unexpected_key"),
        refused(
            "bulk body of 7 MiB, over Lambda's 6 MB payload",
            "POST /transfers/bulk",
            413,
            GATEWAY_TOO_LARGE,
            () -> t.json("POST", "/transfers/bulk", t.owner, padded(bulk(t.owner), 7 * MIB))),
        refused(
            "account body of 11 MiB, over API Gateway's 10 MB",
            "POST /accounts",
            413,
            GATEWAY_TOO_LARGE,
            () ->
                t.json(
                    "POST",
                    "/accounts",
                    t.owner,
                    padded(openAccount(newIban(), "1.00"), 11 * MIB))));
  }

  private static List<AbuseCase> readerLimits(AbuseTarget t) {
    return List.of(
        refused(
                "bulk nested 1,001 levels deep",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        "{\"request_id\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}"))
            .also(detailMentions("nesting depth")),
        refused(
                "initial balance as a 1,001-digit number",
                "POST /accounts",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/accounts",
                        t.owner,
                        "{\"iban\":\""
                            + newIban()
                            + "\",\"bic\":\""
                            + Tenant.BIC
                            + "\",\"currency\":\"EUR\",\"initial_balance\":"
                            + "9".repeat(1_001)
                            + "}"))
            .also(detailMentions("number")),
        refused(
                "counterparty name of 20,000 characters",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        bulk(t.owner).replace("Employee 0", "A".repeat(20_000))))
            .also(detailMentions("string")),
        refused(
                "member name of 1,000 characters",
                "POST /auth/register",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/auth/register",
                        null,
                        withMember(registration("Long Names Ltd"), "k".repeat(1_000), "x")))
            .also(detailMentions("name")));
  }

  private static List<AbuseCase> notObjects(AbuseTarget t) {
    return List.of(
        refused(
            "a JSON array instead of a bulk",
            "POST /transfers/bulk",
            400,
            MALFORMED,
            () -> t.json("POST", "/transfers/bulk", t.owner, "[" + bulk(t.owner) + "]")),
        refused(
            "a JSON number instead of an account",
            "POST /accounts",
            400,
            MALFORMED,
            () -> t.json("POST", "/accounts", t.owner, "42")),
        refused(
            "JSON null instead of a registration",
            "POST /auth/register",
            400,
            MALFORMED,
            () -> t.json("POST", "/auth/register", null, "null")),
        refused(
            "a second object after the account",
            "POST /accounts",
            400,
            MALFORMED,
            () ->
                t.json(
                    "POST",
                    "/accounts",
                    t.owner,
                    openAccount(newIban(), "1.00") + openAccount(newIban(), "2.00"))),
        refused(
            "an empty JSON body",
            "POST /extract-financial-data",
            400,
            MALFORMED,
            () -> t.bytes("POST", "/extract-financial-data", t.owner, JSON_TYPE, new byte[0])));
  }

  private static List<AbuseCase> duplicateMembers(AbuseTarget t) {
    return List.of(
        refused(
                "initial_balance given twice",
                "POST /accounts",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/accounts",
                        t.owner,
                        "{\"iban\":\""
                            + newIban()
                            + "\",\"bic\":\""
                            + Tenant.BIC
                            + "\",\"currency\":\"EUR\",\"initial_balance\":\"100.00\","
                            + "\"initial_balance\":\"999999999.00\"}"))
            .at("/initial_balance"),
        refused(
                "organization_iban given twice in a bulk",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        bulk(t.owner)
                            .replaceFirst(
                                "\"organization_iban\"",
                                "\"organization_iban\":\""
                                    + t.stranger.iban()
                                    + "\",\"organization_iban\"")))
            .at("/organization_iban"),
        refused(
                "amount given twice inside a transfer",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        bulk(t.owner).replaceFirst("\"amount\"", "\"amount\":\"0.01\",\"amount\"")))
            .at("/credit_transfers/0/amount"));
  }

  private static List<AbuseCase> unknownMembers(AbuseTarget t) {
    return List.of(
        refused(
                "unknown member beside a valid bulk",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        withMember(bulk(t.owner), "unexpected_key", "x")))
            .at("/unexpected_key"),
        refused(
                "unknown member inside a transfer",
                "POST /transfers/bulk",
                422,
                INVALID,
                () -> {
                  ObjectNode body = t.owner.bulkOf(1, new Random(3), "partial");
                  ((ObjectNode) body.get("credit_transfers").get(0)).put("unexpected_key", "x");
                  return t.json("POST", "/transfers/bulk", t.owner, body.toString());
                })
            .at("/credit_transfers/0/unexpected_key"),
        refused(
                "webhook_url misspelt webhook_ulr",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        withMember(bulk(t.owner), "webhook_ulr", "https://example.com/hooks")))
            .at("/webhook_ulr"),
        refused(
                "unknown nested object beside a valid account",
                "POST /accounts",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/accounts",
                        t.owner,
                        openAccount(newIban(), "1.00")
                            .replaceFirst("\\{", "{\"metadata\":{\"overdraft\":\"1000000.00\"},")))
            .at("/metadata"),
        refused(
                "unknown member of an extraction",
                "POST /extract-financial-data",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/extract-financial-data",
                        t.owner,
                        extraction(TestCpfs.of(111222333), ",\"asynch\":true")))
            .at("/asynch"));
  }
}
