package com.finflow.transfers.adapters;

import com.fasterxml.jackson.core.type.TypeReference;
import com.finflow.shared.Json;
import com.finflow.shared.money.Money;
import com.finflow.transfers.CreditTransfer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The submitted transfers of a bulk, stored with it as gzipped JSON in chunks, so the bulk's own
 * item stays small (it is updated once per transfer) and the transfers can always be enqueued again
 * from what was accepted.
 */
final class TransferPayload {

  static final int CHUNK = 100;

  // One-word members, the same in snake_case; an absent id or text is left out, and read back as
  // absent.
  private record Line(
      int i, String id, long amount, String name, String bic, String iban, String text) {}

  private TransferPayload() {}

  static byte[] encode(List<CreditTransfer> transfers) {
    List<Line> lines =
        transfers.stream()
            .map(
                transfer ->
                    new Line(
                        transfer.index(),
                        transfer.clientTransferId().orElse(null),
                        transfer.amount().minorUnits(),
                        transfer.counterpartyName(),
                        transfer.counterpartyBic(),
                        transfer.counterpartyIban(),
                        transfer.description().orElse(null)))
            .toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      Json.MAPPER.writeValue(gzip, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static List<CreditTransfer> decode(byte[] gzipped, Currency currency) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      List<Line> lines = Json.MAPPER.readValue(gzip, new TypeReference<List<Line>>() {});
      return lines.stream()
          .map(
              line ->
                  new CreditTransfer(
                      line.i(),
                      Optional.ofNullable(line.id()),
                      new Money(line.amount(), currency),
                      line.name(),
                      line.bic(),
                      line.iban(),
                      Optional.ofNullable(line.text())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
