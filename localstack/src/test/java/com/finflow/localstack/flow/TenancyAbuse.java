package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseBodies.bulk;
import static com.finflow.localstack.flow.AbuseBodies.extraction;
import static com.finflow.localstack.flow.AbuseBodies.forgedAdmin;
import static com.finflow.localstack.flow.AbuseBodies.newIban;
import static com.finflow.localstack.flow.AbuseBodies.openAccount;
import static com.finflow.localstack.flow.AbuseBodies.unsigned;
import static com.finflow.localstack.flow.AbuseCase.FORBIDDEN;
import static com.finflow.localstack.flow.AbuseCase.GATEWAY_UNAUTHORIZED;
import static com.finflow.localstack.flow.AbuseCase.INVALID;
import static com.finflow.localstack.flow.AbuseCase.NOT_FOUND;
import static com.finflow.localstack.flow.AbuseCase.PROBLEM;
import static com.finflow.localstack.flow.AbuseCase.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Another organization's ids, a member acting as an admin, and tokens that are forged, expired or
 * for another audience.
 */
final class TenancyAbuse {

  private TenancyAbuse() {}

  static List<AbuseCase> cases(AbuseTarget t) {
    List<AbuseCase> cases = new ArrayList<>();
    cases.addAll(otherOrganizations(t));
    cases.addAll(rolesAndTokens(t));
    return cases;
  }

  private static List<AbuseCase> otherOrganizations(AbuseTarget t) {
    String unknownBulk = UUID.randomUUID().toString();
    String unknownExtraction = UUID.randomUUID().toString();
    return List.of(
        refused(
                "another organization's account",
                "GET /accounts/{iban}",
                404,
                NOT_FOUND,
                () -> t.get("/accounts/" + t.owner.iban(), t.stranger))
            .also(t.answersAsFor(() -> t.get("/accounts/" + newIban(), t.stranger))),
        refused(
                "another organization's bulk",
                "GET /transfers/bulk/{bulk_id}",
                404,
                NOT_FOUND,
                () -> t.get("/transfers/bulk/" + t.ownersBulkId, t.stranger))
            .also(t.answersAsFor(() -> t.get("/transfers/bulk/" + unknownBulk, t.stranger))),
        refused(
                "another organization's bulk deliveries",
                "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
                404,
                NOT_FOUND,
                () ->
                    t.get("/transfers/bulk/" + t.ownersBulkId + "/webhook-deliveries", t.stranger))
            .also(
                t.answersAsFor(
                    () ->
                        t.get(
                            "/transfers/bulk/" + unknownBulk + "/webhook-deliveries", t.stranger))),
        refused(
                "another organization's bulk delivery redelivered",
                "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
                404,
                NOT_FOUND,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk/"
                            + t.ownersBulkId
                            + "/webhook-deliveries/"
                            + t.ownersBulkDelivery
                            + "/redeliver",
                        t.stranger,
                        "{}"))
            .also(
                t.answersAsFor(
                    () ->
                        t.json(
                            "POST",
                            "/transfers/bulk/"
                                + unknownBulk
                                + "/webhook-deliveries/bulk.settled:"
                                + unknownBulk
                                + "/redeliver",
                            t.stranger,
                            "{}"))),
        refused(
                "another organization's extraction",
                "GET /extractions/{extraction_id}",
                404,
                NOT_FOUND,
                () -> t.get("/extractions/" + t.ownersExtractionId, t.stranger))
            .also(t.answersAsFor(() -> t.get("/extractions/" + unknownExtraction, t.stranger))),
        refused(
                "another organization's extraction deliveries",
                "GET /extractions/{extraction_id}/webhook-deliveries",
                404,
                NOT_FOUND,
                () ->
                    t.get(
                        "/extractions/" + t.ownersExtractionId + "/webhook-deliveries", t.stranger))
            .also(
                t.answersAsFor(
                    () ->
                        t.get(
                            "/extractions/" + unknownExtraction + "/webhook-deliveries",
                            t.stranger))),
        refused(
                "another organization's extraction delivery redelivered",
                "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver",
                404,
                NOT_FOUND,
                () ->
                    t.json(
                        "POST",
                        "/extractions/"
                            + t.ownersExtractionId
                            + "/webhook-deliveries/"
                            + t.ownersExtractionDelivery
                            + "/redeliver",
                        t.stranger,
                        "{}"))
            .also(
                t.answersAsFor(
                    () ->
                        t.json(
                            "POST",
                            "/extractions/"
                                + unknownExtraction
                                + "/webhook-deliveries/extraction.completed:"
                                + unknownExtraction
                                + "/redeliver",
                            t.stranger,
                            "{}"))),
        refused(
                "a bulk debiting another organization's account",
                "POST /transfers/bulk",
                422,
                INVALID,
                () -> t.json("POST", "/transfers/bulk", t.stranger, bulk(t.owner)))
            .at("/organization_iban")
            .also(
                t.answersAsFor(
                    () ->
                        t.json(
                            "POST",
                            "/transfers/bulk",
                            t.stranger,
                            bulk(t.owner).replace(t.owner.iban(), newIban()))))
            .countingQuota(),
        refused(
                "an idempotency key reused with another payload",
                "POST /transfers/bulk",
                422,
                PROBLEM + "idempotency-key-reused",
                () ->
                    t.withHeader(
                        "POST",
                        "/transfers/bulk",
                        t.stranger,
                        "idempotency-key",
                        t.strangersKey,
                        t.strangersBulk.replaceFirst(
                            "\"amount\":\"[0-9.]+\"", "\"amount\":\"9999.99\"")))
            .countingQuota());
  }

  private static List<AbuseCase> rolesAndTokens(AbuseTarget t) {
    return List.of(
        refused(
            "a member opening an account",
            "POST /accounts",
            403,
            FORBIDDEN,
            () ->
                t.jsonWith(
                    "POST", "/accounts", t.memberToken, openAccount(newIban(), "999999999.00"))),
        refused(
            "a member adding a member",
            "POST /organizations/me/members",
            403,
            FORBIDDEN,
            () ->
                t.jsonWith(
                    "POST",
                    "/organizations/me/members",
                    t.memberToken,
                    "{\"email\":\"mallory-"
                        + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse battery staple\",\"role\":\"admin\"}")),
        refused(
                "a member reading the webhook secret",
                "GET /organizations/me/webhook-secret",
                403,
                FORBIDDEN,
                () -> t.getWith("/organizations/me/webhook-secret", t.memberToken))
            .also(answer -> assertThat(answer.body()).doesNotContain("\"secret\"")),
        refused(
            "an expired token signed by the real key",
            "GET /transfers/bulk/{bulk_id}",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                t.getWith(
                    "/transfers/bulk/" + t.ownersBulkId,
                    t.tokenIssuedAt(Instant.now().minus(Duration.ofMinutes(20)), "finflow-api"))),
        refused(
            "a token for another audience",
            "POST /transfers/bulk",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                t.jsonWith(
                    "POST",
                    "/transfers/bulk",
                    t.tokenIssuedAt(Instant.now(), "some-other-api"),
                    bulk(t.owner))),
        refused(
            "a member's token forged to say admin",
            "POST /accounts",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                t.jsonWith(
                    "POST",
                    "/accounts",
                    forgedAdmin(t.memberToken),
                    openAccount(newIban(), "1.00"))),
        refused(
            "an unsigned alg=none token",
            "POST /transfers/bulk",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                t.jsonWith(
                    "POST", "/transfers/bulk", unsigned(t.owner.accessToken()), bulk(t.owner))),
        refused(
            "no token at all",
            "POST /extract-financial-data",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                t.jsonWith(
                    "POST",
                    "/extract-financial-data",
                    null,
                    extraction(TestCpfs.of(111222333), ""))));
  }
}
