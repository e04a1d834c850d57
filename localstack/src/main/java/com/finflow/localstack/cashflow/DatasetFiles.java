package com.finflow.localstack.cashflow;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset's JSON-lines files, one JSON document per line, written in the wire formats:
 * every decimal as a string.
 */
final class DatasetFiles {

  static final String COMPANIES = "companies.jsonl";
  static final String RATES = "rates.jsonl";
  static final String WITHHELD_RATES = "withheld-rates.jsonl";
  static final String BATCHES = "batches.jsonl";
  static final String MANIFEST = "manifest.json";

  private static final JsonFactory JSON = new JsonFactory();

  private DatasetFiles() {}

  /** JSON lines into one file; closing flushes it. */
  static final class Lines implements AutoCloseable {
    private final OutputStream out;
    private final JsonGenerator json;

    Lines(Path file) {
      try {
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void company(Company company) {
      try {
        json.writeStartObject();
        json.writeStringField("company_id", company.companyId());
        json.writeStringField("name", company.name());
        json.writeStringField("owner", company.owner());
        json.writeArrayFieldStart("ibans");
        for (String iban : company.ibans()) {
          json.writeString(iban);
        }
        json.writeEndArray();
        if (!company.openingBalances().isEmpty()) {
          json.writeObjectFieldStart("opening_balances");
          for (Map.Entry<String, BigDecimal> opening : company.openingBalances().entrySet()) {
            json.writeStringField(opening.getKey(), opening.getValue().toPlainString());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void rate(ExchangeRate rate) {
      try {
        json.writeStartObject();
        json.writeStringField("currency", rate.currency());
        json.writeStringField("eur_rate", rate.eurRate().toPlainString());
        json.writeStringField("usd_rate", rate.usdRate().toPlainString());
        if (rate.validFrom().isPresent()) {
          json.writeStringField("valid_from", rate.validFrom().get().toString());
        }
        json.writeEndObject();
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void batch(Batch batch) {
      try {
        json.writeStartObject();
        json.writeStringField("source", batch.source().name());
        json.writeStringField("batch_id", batch.batchId());
        json.writeArrayFieldStart("transactions");
        for (Row row : batch.rows()) {
          json.writeStartObject();
          json.writeStringField("id", row.id());
          json.writeStringField("payer_iban", row.payerIban());
          json.writeStringField("beneficiary_iban", row.beneficiaryIban());
          if (!row.missingField().equals(Optional.of("amount"))) {
            json.writeStringField("amount", row.amount());
          }
          json.writeStringField("currency", row.currency());
          if (!row.missingField().equals(Optional.of("timestamp"))) {
            json.writeStringField("timestamp", row.timestamp());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void endLine() throws IOException {
      json.writeRaw('\n');
    }

    @Override
    public void close() {
      try {
        json.close();
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
