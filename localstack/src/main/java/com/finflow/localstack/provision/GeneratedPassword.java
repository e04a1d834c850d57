package com.finflow.localstack.provision;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A password made the way Secrets Manager's GenerateSecretString describes it, but on this machine.
 */
record GeneratedPassword(String value) {

  private static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String NUMBERS = "0123456789";
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final SecureRandom RANDOM = new SecureRandom();

  static GeneratedPassword from(JsonNode options) {
    String excluded = options.path("ExcludeCharacters").asText("");
    List<String> classes = new ArrayList<>();
    if (!options.path("ExcludeLowercase").asBoolean(false)) {
      classes.add(without(LOWERCASE, excluded));
    }
    if (!options.path("ExcludeUppercase").asBoolean(false)) {
      classes.add(without(UPPERCASE, excluded));
    }
    if (!options.path("ExcludeNumbers").asBoolean(false)) {
      classes.add(without(NUMBERS, excluded));
    }
    if (!options.path("ExcludePunctuation").asBoolean(false)) {
      classes.add(without(PUNCTUATION, excluded));
    }
    if (options.path("IncludeSpace").asBoolean(false)) {
      classes.add(without(" ", excluded));
    }
    classes.removeIf(String::isEmpty);
    if (classes.isEmpty()) {
      throw new IllegalStateException("GenerateSecretString excludes every character");
    }
    int length = options.path("PasswordLength").asInt(32);
    boolean eachType = options.path("RequireEachIncludedType").asBoolean(true);
    String all = String.join("", classes);
    char[] password = new char[length];
    for (int i = 0; i < length; i++) {
      String pool = eachType && i < classes.size() ? classes.get(i) : all;
      password[i] = pool.charAt(RANDOM.nextInt(pool.length()));
    }
    // The first characters were drawn one per class; shuffle so their position gives nothing away.
    for (int i = length - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return new GeneratedPassword(new String(password));
  }

  private static String without(String characters, String excluded) {
    StringBuilder kept = new StringBuilder();
    for (char c : characters.toCharArray()) {
      if (excluded.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
