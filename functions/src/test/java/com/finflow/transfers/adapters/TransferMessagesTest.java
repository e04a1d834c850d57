package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.sqs.UnreadableMessage;
import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.TransferOrder;
import org.junit.jupiter.api.Test;

class TransferMessagesTest {

  @Test
  void aTransferOrderComesBackAsItWasSentInCamelCase() {
    TransferOrder order =
        new TransferOrder(
            "bulk-1",
            "org-1",
            BulkMode.ALL_OR_NOTHING,
            BulkCommands.ORGANIZATION_IBAN,
            BulkCommands.aBulkOf(1).build().transfers().get(0));

    String message = TransferMessages.order(order);

    assertThat(message).contains("\"bulkId\":\"bulk-1\"").contains("\"amountMinor\":150");
    assertThat(TransferMessages.order(message)).isEqualTo(order);
  }

  @Test
  void aBulkMessageCarriesItsBulkId() {
    assertThat(TransferMessages.bulkId(TransferMessages.bulk("bulk-1"))).isEqualTo("bulk-1");
  }

  @Test
  void messagesWithoutTheirFieldsAreUnreadable() {
    assertThatThrownBy(() -> TransferMessages.order("{\"not\":\"a transfer\"}"))
        .isInstanceOf(UnreadableMessage.class);
    assertThatThrownBy(() -> TransferMessages.bulkId("{\"bulkId\":\" \"}"))
        .isInstanceOf(UnreadableMessage.class);
    assertThatThrownBy(() -> TransferMessages.bulkId("not json"))
        .isInstanceOf(UnreadableMessage.class);
  }
}
