package com.finflow.health.adapters;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.aws.LocalKms;
import org.junit.jupiter.api.Test;

class KmsProbeTest {

  @Test
  void passesForAnEnabledKey() {
    assertThatCode(new KmsProbe(LocalKms.client(), LocalKms.newSymmetricKey())::probe)
        .doesNotThrowAnyException();
  }

  @Test
  void failsForADisabledKeyNamingItsState() {
    String keyId = LocalKms.newSymmetricKey();
    LocalKms.client().disableKey(request -> request.keyId(keyId));

    assertThatThrownBy(new KmsProbe(LocalKms.client(), keyId)::probe)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Disabled");
  }
}
