package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseBodies.DOTS_TRAVERSAL;
import static com.finflow.localstack.flow.AbuseBodies.JNDI;
import static com.finflow.localstack.flow.AbuseBodies.TRAVERSAL;
import static com.finflow.localstack.flow.AbuseBodies.bulk;
import static com.finflow.localstack.flow.AbuseBodies.encoded;
import static com.finflow.localstack.flow.AbuseBodies.newIban;
import static com.finflow.localstack.flow.AbuseBodies.openAccount;
import static com.finflow.localstack.flow.AbuseCase.GATEWAY_BAD_REQUEST;
import static com.finflow.localstack.flow.AbuseCase.INVALID;
import static com.finflow.localstack.flow.AbuseCase.MALFORMED;
import static com.finflow.localstack.flow.AbuseCase.METHOD_NOT_ALLOWED;
import static com.finflow.localstack.flow.AbuseCase.NOT_FOUND;
import static com.finflow.localstack.flow.AbuseCase.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Injection strings in bodies and paths, path traversal, and methods a route does not take. */
final class InjectionAbuse {

  private InjectionAbuse() {}

  static List<AbuseCase> cases(AbuseTarget t) {
    List<AbuseCase> cases = new ArrayList<>();
    cases.addAll(injections(t));
    cases.addAll(pathTraversals(t));
    cases.addAll(wrongMethods(t));
    return cases;
  }

  private static List<AbuseCase> injections(AbuseTarget t) {
    return List.of(
        refused(
                "SQL in a counterparty name",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        bulk(t.owner).replace("Employee 0", "Robert'); DROP TABLE transfers;--")))
            .at("/credit_transfers/0/counterparty_name"),
        refused(
                "NoSQL operator {\"$ne\":null} as an IBAN",
                "POST /accounts",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/accounts",
                        t.owner,
                        "{\"iban\":{\"$ne\":null},\"bic\":\""
                            + Tenant.BIC
                            + "\",\"currency\":\"EUR\",\"initial_balance\":\"1.00\"}"))
            .at("/iban"),
        refused(
                "NoSQL operator {\"$gt\":\"\"} as a password",
                "POST /auth/login",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/auth/login",
                        null,
                        "{\"email\":\"jane@example.com\",\"password\":{\"$gt\":\"\"}}"))
            .at("/password"),
        refused(
                "JNDI lookup in a transfer description",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        bulk(t.owner).replace("Salary November", JNDI)))
            .at("/credit_transfers/0/description"),
        refused(
                "JNDI lookup as an extraction id",
                "GET /extractions/{extraction_id}",
                422,
                INVALID,
                () -> t.get("/extractions/" + encoded(JNDI), t.owner))
            .at("/path/extraction_id"),
        refused(
                "JNDI lookup in x-correlation-id",
                "GET /users/me",
                400,
                MALFORMED,
                () -> t.withHeader("GET", "/users/me", t.owner, "x-correlation-id", JNDI, ""))
            .at("/headers/x-correlation-id"),
        refused(
                "log line forged in x-correlation-id",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    t.withHeader(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        "x-correlation-id",
                        "abc\" level=ERROR msg=\"payout approved",
                        bulk(t.owner)))
            .at("/headers/x-correlation-id"),
        refused(
            "bare CR in x-correlation-id",
            "POST /accounts",
            400,
            GATEWAY_BAD_REQUEST,
            () ->
                t.raw(
                    "POST /accounts",
                    t.owner,
                    "x-correlation-id: abc\rset-cookie: x",
                    openAccount(newIban(), "1.00"))),
        refused(
            "bare CR in idempotency-key",
            "POST /transfers/bulk",
            400,
            GATEWAY_BAD_REQUEST,
            () ->
                t.raw(
                    "POST /transfers/bulk",
                    t.owner,
                    "idempotency-key: key\rx-forged: yes",
                    bulk(t.owner))),
        refused(
                "idempotency-key of 300 characters",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    t.withHeader(
                        "POST",
                        "/transfers/bulk",
                        t.owner,
                        "idempotency-key",
                        "k".repeat(300),
                        bulk(t.owner)))
            .at("/headers/idempotency-key"));
  }

  private static List<AbuseCase> pathTraversals(AbuseTarget t) {
    return List.of(
        refused(
                "IBAN ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /accounts/{iban}",
                422,
                INVALID,
                () -> t.get("/accounts/" + TRAVERSAL, t.owner))
            .at("/path/iban"),
        refused(
                "bulk id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "GET /transfers/bulk/{bulk_id}",
                422,
                INVALID,
                () -> t.get("/transfers/bulk/" + DOTS_TRAVERSAL, t.owner))
            .at("/path/bulk_id"),
        refused(
                "bulk id ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
                422,
                INVALID,
                () -> t.get("/transfers/bulk/" + TRAVERSAL + "/webhook-deliveries", t.owner))
            .at("/path/bulk_id"),
        refused(
                "delivery id ..%2F..%2F..%2Fetc%2Fpasswd",
                "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/transfers/bulk/"
                            + t.ownersBulkId
                            + "/webhook-deliveries/"
                            + TRAVERSAL
                            + "/redeliver",
                        t.owner,
                        "{}"))
            .at("/path/delivery_id"),
        refused(
                "extraction id ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /extractions/{extraction_id}",
                422,
                INVALID,
                () -> t.get("/extractions/" + TRAVERSAL, t.owner))
            .at("/path/extraction_id"),
        refused(
                "extraction id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "GET /extractions/{extraction_id}/webhook-deliveries",
                422,
                INVALID,
                () -> t.get("/extractions/" + DOTS_TRAVERSAL + "/webhook-deliveries", t.owner))
            .at("/path/extraction_id"),
        refused(
                "delivery id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver",
                422,
                INVALID,
                () ->
                    t.json(
                        "POST",
                        "/extractions/"
                            + t.ownersExtractionId
                            + "/webhook-deliveries/"
                            + DOTS_TRAVERSAL
                            + "/redeliver",
                        t.owner,
                        "{}"))
            .at("/path/delivery_id"),
        refused(
            "literal /../ climbing out of a bulk",
            "GET /transfers/bulk/../../../etc/passwd",
            400,
            GATEWAY_BAD_REQUEST,
            () -> t.raw("GET /transfers/bulk/../../../etc/passwd", t.owner, "", "")));
  }

  private static List<AbuseCase> wrongMethods(AbuseTarget t) {
    return List.of(
        wrongMethod(t, "DELETE", "/accounts/" + "{owner}", "GET /accounts/{iban}", "GET"),
        wrongMethod(t, "PUT", "/transfers/bulk", "POST /transfers/bulk", "POST"),
        wrongMethod(t, "DELETE", "/transfers/bulk/{bulk}", "GET /transfers/bulk/{bulk_id}", "GET"),
        wrongMethod(t, "GET", "/extract-financial-data", "POST /extract-financial-data", "POST"),
        wrongMethod(
            t, "PATCH", "/extractions/{extraction}", "GET /extractions/{extraction_id}", "GET"),
        wrongMethod(t, "DELETE", "/users/me", "GET /users/me", "GET"),
        wrongMethod(t, "GET", "/auth/login", "POST /auth/login", "POST"),
        wrongMethod(
            t, "PUT", "/organizations/me/members", "POST /organizations/me/members", "POST"),
        wrongMethod(t, "POST", "/health", "GET /health", "GET"),
        wrongMethod(t, "DELETE", "/openapi.json", "GET /openapi.json", "GET"),
        wrongMethod(
            t,
            "PUT",
            "/extractions/{extraction}/webhook-deliveries",
            "GET /extractions/{extraction_id}/webhook-deliveries",
            "GET"),
        refused(
            "unknown path /admin", "GET /admin", 404, NOT_FOUND, () -> t.get("/admin", t.owner)));
  }

  private static AbuseCase wrongMethod(
      AbuseTarget t, String method, String path, String route, String allowed) {
    return refused(
            method + " where only " + allowed + " is routed",
            method + " " + route.substring(route.indexOf(' ') + 1),
            405,
            METHOD_NOT_ALLOWED,
            () ->
                t.bytes(
                    method,
                    path.replace("{owner}", t.owner.iban())
                        .replace("{bulk}", t.ownersBulkId)
                        .replace("{extraction}", t.ownersExtractionId),
                    t.owner,
                    null,
                    new byte[0]))
        .also(answer -> assertThat(answer.headers().get("allow")).contains(allowed));
  }
}
