package com.finflow.localstack.flow;

import static com.finflow.localstack.flow.AbuseBodies.JSON_TYPE;
import static com.finflow.localstack.flow.AbuseBodies.bulk;
import static com.finflow.localstack.flow.AbuseBodies.extraction;
import static com.finflow.localstack.flow.AbuseBodies.newIban;
import static com.finflow.localstack.flow.AbuseBodies.openAccount;
import static com.finflow.localstack.flow.AbuseBodies.registration;
import static com.finflow.localstack.flow.AbuseBodies.spliced;
import static com.finflow.localstack.flow.AbuseBodies.utf8;
import static com.finflow.localstack.flow.AbuseCase.INVALID;
import static com.finflow.localstack.flow.AbuseCase.MALFORMED;
import static com.finflow.localstack.flow.AbuseCase.UNSUPPORTED;
import static com.finflow.localstack.flow.AbuseCase.refused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bodies in the wrong encoding or under the wrong media type. */
final class EncodingAbuse {

  private EncodingAbuse() {}

  static List<AbuseCase> cases(AbuseTarget t) {
    List<AbuseCase> cases = new ArrayList<>();
    cases.addAll(encodings(t));
    cases.addAll(mediaTypes(t));
    return cases;
  }

  private static List<AbuseCase> encodings(AbuseTarget t) {
    return List.of(
        refused(
            "organization name with a raw 0xFF byte",
            "POST /auth/register",
            400,
            MALFORMED,
            () ->
                t.bytes(
                    "POST",
                    "/auth/register",
                    null,
                    JSON_TYPE,
                    spliced(registration("Acme XX Ltd"), "XX", new byte[] {(byte) 0xFF}))),
        refused(
            "BIC with an overlong encoding of \"/\" (C0 AF)",
            "POST /accounts",
            400,
            MALFORMED,
            () ->
                t.bytes(
                    "POST",
                    "/accounts",
                    t.owner,
                    JSON_TYPE,
                    spliced(
                        openAccount(newIban(), "1.00").replace(Tenant.BIC, "QNTOFRP1XX"),
                        "XX\"",
                        new byte[] {'X', (byte) 0xC0, (byte) 0xAF, '"'}))),
        refused(
            "organization name with a raw lone surrogate (ED A0 80)",
            "POST /auth/register",
            400,
            MALFORMED,
            () ->
                t.bytes(
                    "POST",
                    "/auth/register",
                    null,
                    JSON_TYPE,
                    spliced(
                        registration("Acme XX Ltd"),
                        "XX",
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))),
        refused(
                "organization name with an escaped lone surrogate (\\ud800)",
                "POST /auth/register",
                422,
                INVALID,
                () -> t.json("POST", "/auth/register", null, registration("Acme \\ud800 Ltd")))
            .at("/organization_name"),
        refused(
            "registration in UTF-16",
            "POST /auth/register",
            400,
            MALFORMED,
            () ->
                t.bytes(
                    "POST",
                    "/auth/register",
                    null,
                    JSON_TYPE,
                    registration("Sixteen Ltd").getBytes(StandardCharsets.UTF_16))));
  }

  private static List<AbuseCase> mediaTypes(AbuseTarget t) {
    return List.of(
        refused(
            "account as text/plain",
            "POST /accounts",
            415,
            UNSUPPORTED,
            () ->
                t.bytes(
                    "POST",
                    "/accounts",
                    t.owner,
                    "text/plain",
                    utf8(openAccount(newIban(), "999999999.00")))),
        refused(
            "bulk as application/x-www-form-urlencoded",
            "POST /transfers/bulk",
            415,
            UNSUPPORTED,
            () ->
                t.bytes(
                    "POST",
                    "/transfers/bulk",
                    t.owner,
                    "application/x-www-form-urlencoded",
                    utf8(bulk(t.owner)))),
        refused(
            "extraction as multipart/form-data",
            "POST /extract-financial-data",
            415,
            UNSUPPORTED,
            () ->
                t.bytes(
                    "POST",
                    "/extract-financial-data",
                    t.owner,
                    "multipart/form-data; boundary=x",
                    utf8(
                        "--x\r\ncontent-disposition: form-data; name=\"json\"\r\n\r\n"
                            + extraction(TestCpfs.of(111222333), "")
                            + "\r\n--x--\r\n"))),
        refused(
            "registration without a content type",
            "POST /auth/register",
            415,
            UNSUPPORTED,
            () -> t.bytes("POST", "/auth/register", null, null, utf8(registration("No Type Ltd")))),
        refused(
            "sign-in as application/json; charset=latin1",
            "POST /auth/login",
            415,
            UNSUPPORTED,
            () ->
                t.bytes(
                    "POST",
                    "/auth/login",
                    null,
                    "application/json; charset=latin1",
                    utf8("{\"email\":\"jane@example.com\",\"password\":\"whatever it is\"}"))));
  }
}
