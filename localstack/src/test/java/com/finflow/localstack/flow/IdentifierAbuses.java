package com.finflow.localstack.flow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Identifiers spelled with other scripts' digits, look-alike letters or invisible characters, one
 * request each, with the status, problem type and field it must be refused with.
 */
final class IdentifierAbuses {

  static final String PASSWORD = "correct horse battery staple";
  private static final String INVALID = "urn:finflow:problem:invalid-request";
  private static final String CONFLICT = "urn:finflow:problem:conflict";
  private static final String GERMAN_IBAN = "DE89370400440532013000";
  private static final String CPF = "52998224725";

  private IdentifierAbuses() {}

  /** One request and what it must be answered with. */
  record Case(
      String name,
      String method,
      String path,
      String body,
      int status,
      String problemType,
      String pointer) {}

  /**
   * The cases, for a tenant whose account is {@code iban} and a user already registered as {@code
   * registeredEmail}.
   */
  static Stream<Case> against(String iban, String registeredEmail) {
    Function<String, String> account =
        value ->
            "{\"iban\":\""
                + value
                + "\",\"bic\":\"QNTOFRP1XXX\","
                + "\"currency\":\"EUR\",\"initial_balance\":\"999999999.00\"}";
    String twin = "FR7630006000011234567890189";
    return Stream.of(
        new Case(
            "IBAN with Arabic-Indic check digits",
            "POST",
            "/accounts",
            account.apply("FR٧٦" + twin.substring(4)),
            422,
            INVALID,
            "/iban"),
        new Case(
            "IBAN with Devanagari digits",
            "POST",
            "/accounts",
            account.apply(digits(twin, '०')),
            422,
            INVALID,
            "/iban"),
        new Case(
            "IBAN with full-width digits",
            "POST",
            "/accounts",
            account.apply(digits(twin, '０')),
            422,
            INVALID,
            "/iban"),
        new Case(
            "IBAN with a zero-width space",
            "POST",
            "/accounts",
            account.apply("FR76\u200B" + twin.substring(4)),
            422,
            INVALID,
            "/iban"),
        new Case(
            "IBAN with a Cyrillic Р",
            "POST",
            "/accounts",
            account.apply("FР" + twin.substring(2)),
            422,
            INVALID,
            "/iban"),
        new Case(
            "BIC with a Cyrillic Н",
            "POST",
            "/accounts",
            "{\"iban\":\""
                + twin
                + "\",\"bic\":\"QНTOFRP1XXX\","
                + "\"currency\":\"EUR\",\"initial_balance\":\"1.00\"}",
            422,
            INVALID,
            "/bic"),
        new Case(
            "currency with a Cyrillic Е",
            "POST",
            "/accounts",
            "{\"iban\":\""
                + twin
                + "\","
                + "\"bic\":\"QNTOFRP1XXX\",\"currency\":\"ЕUR\",\"initial_balance\":\"1.00\"}",
            422,
            INVALID,
            "/currency"),
        new Case(
            "balance in Arabic-Indic digits",
            "POST",
            "/accounts",
            "{\"iban\":\""
                + twin
                + "\","
                + "\"bic\":\"QNTOFRP1XXX\",\"currency\":\"EUR\",\"initial_balance\":\"١٠٠.٠٠\"}",
            422,
            INVALID,
            "/initial_balance"),
        new Case(
            "IBAN in the path with Arabic-Indic digits",
            "GET",
            "/accounts/" + encoded("FR٧٦" + iban.substring(4)),
            null,
            422,
            INVALID,
            "/path/iban"),
        new Case(
            "counterparty IBAN with Arabic-Indic digits",
            "POST",
            "/transfers/bulk",
            bulk(iban, "DE٨٩٣٧" + GERMAN_IBAN.substring(6), "DEUTDEFFXXX", "10.00"),
            422,
            INVALID,
            "/credit_transfers/0/counterparty_iban"),
        new Case(
            "counterparty IBAN with a word joiner",
            "POST",
            "/transfers/bulk",
            bulk(iban, "DE89\u2060" + GERMAN_IBAN.substring(4), "DEUTDEFFXXX", "10.00"),
            422,
            INVALID,
            "/credit_transfers/0/counterparty_iban"),
        new Case(
            "organization IBAN with full-width digits",
            "POST",
            "/transfers/bulk",
            bulk(digits(iban, '０'), GERMAN_IBAN, "DEUTDEFFXXX", "10.00"),
            422,
            INVALID,
            "/organization_iban"),
        new Case(
            "counterparty BIC with a Greek Τ",
            "POST",
            "/transfers/bulk",
            bulk(iban, GERMAN_IBAN, "DEUΤDEFFXXX", "10.00"),
            422,
            INVALID,
            "/credit_transfers/0/counterparty_bic"),
        new Case(
            "amount in Devanagari digits",
            "POST",
            "/transfers/bulk",
            bulk(iban, GERMAN_IBAN, "DEUTDEFFXXX", "१०.००"),
            422,
            INVALID,
            "/credit_transfers/0/amount"),
        new Case(
            "CPF in Arabic-Indic digits",
            "POST",
            "/extract-financial-data",
            extraction(digits(CPF, '٠'), "123"),
            422,
            INVALID,
            "/user_document_number"),
        new Case(
            "CPF in full-width digits",
            "POST",
            "/extract-financial-data",
            extraction(digits(CPF, '０'), "123"),
            422,
            INVALID,
            "/user_document_number"),
        new Case(
            "CPF with a zero-width joiner",
            "POST",
            "/extract-financial-data",
            extraction("529982\u200D24725", "123"),
            422,
            INVALID,
            "/user_document_number"),
        new Case(
            "organization id with a Cyrillic а",
            "POST",
            "/extract-financial-data",
            extraction(CPF, "аcme"),
            422,
            INVALID,
            "/organization_id"),
        new Case(
            "extraction id with Arabic-Indic digits",
            "GET",
            "/extractions/" + encoded("٢c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f"),
            null,
            422,
            INVALID,
            "/path/extraction_id"),
        new Case(
            "bulk id that is an injection string",
            "GET",
            "/transfers/bulk/" + encoded("1' OR '1'='1") + "/webhook-deliveries",
            null,
            422,
            INVALID,
            "/path/bulk_id"),
        new Case(
            "bulk id with a full-width digit",
            "GET",
            "/transfers/bulk/"
                + encoded("５b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b")
                + "/webhook-deliveries",
            null,
            422,
            INVALID,
            "/path/bulk_id"),
        new Case(
            "delivery id with a zero-width space",
            "POST",
            "/transfers/bulk/"
                + UUID.randomUUID()
                + "/webhook-deliveries/"
                + encoded("bulk.settled:\u200B")
                + "/redeliver",
            "{}",
            422,
            INVALID,
            "/path/delivery_id"),
        new Case(
            "email whose local part mixes Latin and Cyrillic",
            "POST",
            "/auth/register",
            registration("jаne-" + UUID.randomUUID() + "@example.com"),
            422,
            INVALID,
            "/email"),
        new Case(
            "email with a zero-width space",
            "POST",
            "/auth/register",
            registration("ja\u200Bne-" + UUID.randomUUID() + "@example.com"),
            422,
            INVALID,
            "/email"),
        new Case(
            "email differing only by case from a registered one",
            "POST",
            "/auth/register",
            registration(registeredEmail.toUpperCase(Locale.ROOT)),
            409,
            CONFLICT,
            null),
        new Case(
            "email in full-width form of a registered one",
            "POST",
            "/auth/register",
            registration(fullWidthLocalPart(registeredEmail)),
            409,
            CONFLICT,
            null));
  }

  static String registration(String email) {
    return "{\"email\":\""
        + email
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"organization_name\":\"Abuse\"}";
  }

  private static String bulk(
      String organizationIban, String counterpartyIban, String counterpartyBic, String amount) {
    return "{\"request_id\":\""
        + UUID.randomUUID()
        + "\",\"organization_iban\":\""
        + organizationIban
        + "\","
        + "\"organization_bic\":\""
        + Tenant.BIC
        + "\",\"credit_transfers\":[{\"amount\":\""
        + amount
        + "\","
        + "\"currency\":\"EUR\",\"counterparty_name\":\"Jane Doe\",\"counterparty_bic\":\""
        + counterpartyBic
        + "\","
        + "\"counterparty_iban\":\""
        + counterpartyIban
        + "\",\"description\":\"Salary\"}]}";
  }

  private static String extraction(String cpf, String organizationId) {
    return "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\""
        + organizationId
        + "\",\"user_document_number\":\""
        + cpf
        + "\"}";
  }

  private static String digits(String text, char zero) {
    StringBuilder spelled = new StringBuilder();
    text.chars()
        .forEach(c -> spelled.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
    return spelled.toString();
  }

  private static String fullWidthLocalPart(String email) {
    int at = email.indexOf('@');
    StringBuilder spelled = new StringBuilder();
    email
        .substring(0, at)
        .chars()
        .forEach(c -> spelled.append(c >= 'a' && c <= 'z' ? (char) (c + ('ａ' - 'a')) : (char) c));
    return spelled + email.substring(at);
  }

  private static String encoded(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
