package com.finflow.personal.adapters;

import com.finflow.personal.Currencies;
import com.finflow.personal.DailyRates;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the European Central Bank's euro reference rates in its published XML (the {@code
 * gesmes:Envelope} of {@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml} and {@code
 * eurofxref-hist.xml}): a {@code Cube time="YYYY-MM-DD"} per day holding a {@code Cube
 * currency="USD" rate="1.0565"} per currency. Streamed, because the full history is megabytes; no
 * DTD and no external entity is ever read. Currencies Finflow does not convert are skipped.
 */
final class EcbXml {

  private static final XMLInputFactory FACTORY = secureFactory();

  private EcbXml() {}

  /** Throws {@link MalformedRates} for anything that is not such a document. */
  static List<DailyRates> read(InputStream xml) {
    List<DailyRates> days = new ArrayList<>();
    try {
      XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
      try {
        LocalDate day = null;
        Map<String, BigDecimal> rates = new TreeMap<>();
        boolean envelope = false;
        // Cubes nest three deep: all days, one day, one rate.
        int depth = 0;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            envelope |= depth == 0 && name.equals("Envelope");
            if (name.equals("Cube")) {
              depth++;
              String time = reader.getAttributeValue(null, "time");
              String currency = reader.getAttributeValue(null, "currency");
              if (time != null) {
                day = LocalDate.parse(time);
                rates = new TreeMap<>();
              } else if (currency != null) {
                if (day == null) {
                  throw new MalformedRates("a rate outside a dated Cube");
                }
                BigDecimal rate =
                    new BigDecimal(String.valueOf(reader.getAttributeValue(null, "rate")));
                if (rate.signum() <= 0) {
                  throw new MalformedRates("a rate of " + rate + " for " + currency);
                }
                if (Currencies.of(currency).isPresent()) {
                  rates.put(currency, rate);
                }
              }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT
              && reader.getLocalName().equals("Cube")) {
            depth--;
            if (depth == 1 && day != null) {
              days.add(DailyRates.of(day, rates));
              day = null;
            }
          }
        }
        if (!envelope) {
          throw new MalformedRates("not a gesmes:Envelope");
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | DateTimeParseException | NumberFormatException e) {
      throw new MalformedRates(e.getMessage());
    }
    return days;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** The source answered something that is not the ECB's reference-rate document. */
  static final class MalformedRates extends RuntimeException {
    MalformedRates(String reason) {
      super("the reference rates could not be read: " + reason);
    }
  }
}
