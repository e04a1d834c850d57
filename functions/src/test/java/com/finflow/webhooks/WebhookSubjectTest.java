package com.finflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class WebhookSubjectTest {

  @Test
  void isWrittenAsKindSlashIdAndReadBackTheSame() {
    WebhookSubject subject = WebhookSubject.parse("extraction/2c4d6e8f-1a3b");

    assertThat(subject).isEqualTo(WebhookSubject.extraction("2c4d6e8f-1a3b"));
    assertThat(WebhookSubject.bulk("5b1f0c9e")).hasToString("bulk/5b1f0c9e");
    assertThat(WebhookSubject.parse(WebhookSubject.bulk("a/b").toString()))
        .isEqualTo(WebhookSubject.bulk("a/b"));
  }

  @Test
  void refusesASubjectWithoutKind() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> WebhookSubject.parse("5b1f0c9e")))
        .hasMessageContaining("<kind>/<id>");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> WebhookSubject.parse("/5b1f0c9e")))
        .hasMessageContaining("kind");
  }
}
