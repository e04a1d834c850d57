package com.finflow.webhooks.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.sqs.UnreadableMessage;
import com.finflow.webhooks.WebhookSubject;
import org.junit.jupiter.api.Test;

class WebhookMessagesTest {

  @Test
  void aDeliveryReadsBackAsItWasWritten() {
    WebhookMessages.Delivery delivery =
        new WebhookMessages.Delivery(
            WebhookSubject.extraction("e-1"), "extraction.completed:e-1", true);

    String json = WebhookMessages.write(delivery);

    assertThat(json)
        .isEqualTo(
            "{\"subject\":\"extraction/e-1\",\"delivery_id\":\"extraction.completed:e-1\",\"again\":true}");
    assertThat(WebhookMessages.read(json)).isEqualTo(delivery);
  }

  @Test
  void aMessageWithoutAgainIsAFirstAttempt() {
    assertThat(
            WebhookMessages.read("{\"subject\":\"bulk/b-1\",\"delivery_id\":\"bulk.settled:b-1\"}")
                .again())
        .isFalse();
  }

  @Test
  void aMessageWithoutSubjectOrDeliveryOrNotJsonIsUnreadable() {
    assertThat(
            catchThrowableOfType(
                UnreadableMessage.class,
                () ->
                    WebhookMessages.read(
                        "{\"bulkId\":\"b-1\",\"deliveryId\":\"bulk.settled:b-1\"}")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                UnreadableMessage.class,
                () ->
                    WebhookMessages.read(
                        "{\"subject\":\"b-1\",\"delivery_id\":\"bulk.settled:b-1\"}")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(UnreadableMessage.class, () -> WebhookMessages.read("not json")))
        .isNotNull();
  }
}
