package com.finflow.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.Json;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  @Test
  void theSameMembersInAnotherOrderGiveTheSameFingerprintAndAnotherValueAnother() throws Exception {
    String first =
        RequestFingerprint.of(
            Json.MAPPER.readTree("{\"a\": 1, \"b\": {\"x\": \"1\", \"y\": [2, 3]}}"));
    String reordered =
        RequestFingerprint.of(
            Json.MAPPER.readTree("{\"b\": {\"y\": [2, 3], \"x\": \"1\"}, \"a\": 1}"));
    String changed =
        RequestFingerprint.of(
            Json.MAPPER.readTree("{\"a\": 1, \"b\": {\"x\": \"1\", \"y\": [3, 2]}}"));

    assertThat(reordered).isEqualTo(first);
    assertThat(changed).isNotEqualTo(first);
    assertThat(first).hasSize(64);
  }
}
