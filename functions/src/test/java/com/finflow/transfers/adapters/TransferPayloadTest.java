package com.finflow.transfers.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkCommands;
import com.finflow.transfers.CreditTransfer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TransferPayloadTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void transfersComeBackAsTheyWereStoredWithOrWithoutTheirOptionalFields() {
    List<CreditTransfer> transfers =
        List.of(
            BulkCommands.aBulkOf(1).build().transfers().get(0),
            new CreditTransfer(
                1,
                Optional.empty(),
                new Money(2_50, EUR),
                "Supplier 1",
                "BUKBGB22XXX",
                "GB33BUKB20201555555555",
                Optional.empty()));

    assertThat(TransferPayload.decode(TransferPayload.encode(transfers), EUR)).isEqualTo(transfers);
  }

  @Test
  void payloadsStoredWithExplicitNullsAreStillRead() throws Exception {
    String stored =
        "[{\"i\":0,\"id\":null,\"amount\":150,\"name\":\"Supplier 0\",\"bic\":\"DEUTDEFFXXX\","
            + "\"iban\":\"DE89370400440532013000\",\"text\":null}]";
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(stored.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(TransferPayload.decode(gzipped.toByteArray(), EUR))
        .containsExactly(
            new CreditTransfer(
                0,
                Optional.empty(),
                new Money(1_50, EUR),
                "Supplier 0",
                "DEUTDEFFXXX",
                "DE89370400440532013000",
                Optional.empty()));
  }
}
