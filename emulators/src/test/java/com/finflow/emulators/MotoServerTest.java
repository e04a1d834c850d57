package com.finflow.emulators;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MotoServerTest {

  @Test
  void missingVirtualenvFailsWithAMessageSayingHowToCreateIt() {
    assertThatThrownBy(() -> MotoServer.launch(Path.of("no-such-venv")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moto is not installed")
        .hasMessageContaining("pip install -r localstack/requirements.txt");
  }
}
