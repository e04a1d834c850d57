package com.finflow.transfers.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.shared.money.Money;
import com.finflow.shared.sqs.UnreadableMessage;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.TransferOrder;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.Optional;

/** The JSON of the queue messages that carry a bulk through execution and settlement. */
public final class TransferMessages {

  // Not the API's mapper: messages keep their camelCase members, and a message with unknown members
  // is unreadable.
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Order(
      String bulkId,
      String organizationId,
      String mode,
      String debtorIban,
      int index,
      String transferId,
      long amountMinor,
      String currency,
      String counterpartyName,
      String counterpartyBic,
      String counterpartyIban,
      String description) {}

  private record BulkReference(String bulkId) {}

  private TransferMessages() {}

  public static String order(TransferOrder order) {
    CreditTransfer transfer = order.transfer();
    return write(
        new Order(
            order.bulkId(),
            order.organizationId(),
            order.mode().name(),
            order.debtorIban(),
            transfer.index(),
            transfer.clientTransferId().orElse(null),
            transfer.amount().minorUnits(),
            transfer.amount().currency().getCurrencyCode(),
            transfer.counterpartyName(),
            transfer.counterpartyBic(),
            transfer.counterpartyIban(),
            transfer.description().orElse(null)));
  }

  public static TransferOrder order(String json) {
    Order order = read(json, Order.class);
    try {
      CreditTransfer transfer =
          new CreditTransfer(
              order.index(),
              Optional.ofNullable(order.transferId()),
              new Money(order.amountMinor(), Currency.getInstance(order.currency())),
              order.counterpartyName(),
              order.counterpartyBic(),
              order.counterpartyIban(),
              Optional.ofNullable(order.description()));
      return new TransferOrder(
          required(order.bulkId()),
          required(order.organizationId()),
          BulkMode.valueOf(order.mode()),
          required(order.debtorIban()),
          transfer);
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new UnreadableMessage("a transfer message lacks a field or has an unknown value");
    }
  }

  public static String bulk(String bulkId) {
    return write(new BulkReference(bulkId));
  }

  public static String bulkId(String json) {
    String bulkId = read(json, BulkReference.class).bulkId();
    if (bulkId == null || bulkId.isBlank()) {
      throw new UnreadableMessage("a bulk message without bulk id");
    }
    return bulkId;
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing field");
    }
    return value;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UnreadableMessage("not a " + type.getSimpleName() + " message");
    }
  }
}
