package com.finflow.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2id hash in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}).
 *
 * <p>New hashes use OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane); the parameters
 * travel in the string, so they can be raised later without invalidating stored hashes.
 */
public record PasswordHash(String encoded) {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  public static PasswordHash of(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2id(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return new PasswordHash(
        "$argon2id$v=19$m="
            + MEMORY_KIB
            + ",t="
            + ITERATIONS
            + ",p="
            + PARALLELISM
            + "$"
            + B64.encodeToString(salt)
            + "$"
            + B64.encodeToString(hash));
  }

  public boolean matches(String password) {
    Matcher parts = PHC.matcher(encoded);
    if (!parts.matches()) {
      return false;
    }
    byte[] expected = B64_DECODER.decode(parts.group(5));
    byte[] actual =
        argon2id(
            password,
            B64_DECODER.decode(parts.group(4)),
            Integer.parseInt(parts.group(1)),
            Integer.parseInt(parts.group(2)),
            Integer.parseInt(parts.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  @Override
  public String toString() {
    return "PasswordHash[redacted]";
  }

  private static byte[] argon2id(
      String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(lanes)
            .withSalt(salt)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
