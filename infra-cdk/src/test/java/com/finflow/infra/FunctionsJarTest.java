package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionsJarTest {

  @Test
  void aMissingJarFailsWithTheCommandThatBuildsIt(@TempDir Path dir) {
    var missing = dir.resolve("finflow-functions.jar");
    assertThatThrownBy(() -> FunctionsJar.locate(missing.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("./mvnw -pl functions package")
        .hasMessageContaining("functionsJar")
        .hasMessageContaining("FINFLOW_FUNCTIONS_JAR");
  }

  @Test
  void theContextValueWinsOverTheSystemProperty(@TempDir Path dir) throws Exception {
    var jar = Files.writeString(dir.resolve("other.jar"), "jar");
    assertThat(System.getProperty(FunctionsJar.PROPERTY)).isNotBlank();
    assertThat(FunctionsJar.locate(jar.toString()).path()).isEqualTo(jar.toAbsolutePath());
  }

  @Test
  void withoutContextTheBuildsJarIsUsed() {
    var configured =
        Path.of(System.getProperty(FunctionsJar.PROPERTY)).toAbsolutePath().normalize();
    assertThat(FunctionsJar.locate(null).path()).isEqualTo(configured);
    assertThat(configured.getFileName()).hasToString("finflow-functions.jar");
  }
}
