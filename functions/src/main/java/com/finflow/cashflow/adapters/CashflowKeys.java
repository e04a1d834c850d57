package com.finflow.cashflow.adapters;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.GroupKey;
import com.finflow.cashflow.QuarantinedRow;
import com.finflow.cashflow.Rule;
import com.finflow.shared.aws.Items;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where each cashflow item lives in the one table: every partition key starts with the
 * organization, so organizations never share an item; the one exception is the registry of feeds
 * the scheduled pull reads across organizations ({@link DynamoFeedRegistry}), which holds ids only.
 *
 * <pre>
 * O#org#COMPANIES      company id          a company
 * O#org#IBANS          iban                the company an IBAN belongs to
 * O#org#RATES          currency#start      a rate period
 * O#org#SETTINGS       SETTINGS            strict IBAN mode
 * O#org#B#batch        BATCH               digest, rows, progress (next), done
 * O#org#B#batch        J#from              a first-phase step's deltas (expires)
 * O#org#B#batch        REFUSED#digest      a refused delivery, counted once
 * O#org#G#hash         G                   a batch-payment group
 * O#org#Q              rule#ref            a quarantined row (or refused delivery)
 * O#org#QC#company     rule#ref            the same, listed by company
 * O#org#H#currency     day#ref             a row waiting for a rate
 * O#org#A#iban         T | M#yyyy-mm       an account's totals, its months
 * O#org#QCOUNT         shard               quarantined rows per rule and source
 * O#org#RATEUSE#cur    U                   counted rows per day of the currency
 * O#org#FEEDS          feed id             an upstream feed, its cursors and lease
 * FEEDS                org#feed id         the registry of feeds, paused or not
 * </pre>
 */
final class CashflowKeys {

  static final String PK = "pk";
  static final String SK = "sk";

  /** Figures are stored as number attributes named with this prefix. */
  static final String FIGURE = "f.";

  private CashflowKeys() {}

  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key(
      String pk, String sk) {
    return Map.of(PK, Items.s(pk), SK, Items.s(sk));
  }

  static String organization(String organizationId, String part) {
    return "O#" + organizationId + "#" + part;
  }

  static String batch(String organizationId, String batchId) {
    return organization(organizationId, "B#" + batchId);
  }

  static String journalSk(int from) {
    return String.format("J#%07d", from);
  }

  static String group(String organizationId, GroupKey key) {
    return organization(organizationId, "G#" + sha256(groupText(key)));
  }

  static String quarantine(String organizationId) {
    return organization(organizationId, "Q");
  }

  static String quarantineOfCompany(String organizationId, String companyId) {
    return organization(organizationId, "QC#" + companyId);
  }

  static String entrySk(QuarantinedRow row) {
    return row.rule() + "#" + row.ref().text();
  }

  static String entryPrefix(Rule rule) {
    return rule + "#";
  }

  static String held(String organizationId, String currency) {
    return organization(organizationId, "H#" + currency);
  }

  static String heldSk(LocalDate day, QuarantinedRow row) {
    return day + "#" + row.ref().text();
  }

  /** The item of an aggregate: partition and sort key. */
  static String[] aggregate(String organizationId, AggregateKey key) {
    return switch (key) {
      case AggregateKey.Totals totals ->
          new String[] {organization(organizationId, "A#" + totals.iban()), "T"};
      case AggregateKey.Month month ->
          new String[] {organization(organizationId, "A#" + month.iban()), "M#" + month.month()};
      case AggregateKey.Day day ->
          new String[] {organization(organizationId, "A#" + day.iban()), "D#" + day.day()};
      case AggregateKey.RuleCounts counts ->
          new String[] {organization(organizationId, "QCOUNT"), Integer.toString(counts.shard())};
      case AggregateKey.RateUsage usage ->
          new String[] {organization(organizationId, "RATEUSE#" + usage.currency()), "U"};
    };
  }

  /** The aggregate key written as {@link AggregateKey#id()}. */
  static AggregateKey aggregateOf(String id) {
    String[] parts = id.split("\\|");
    return switch (parts[0]) {
      case "A" ->
          switch (parts[2]) {
            case "T" -> new AggregateKey.Totals(parts[1]);
            case "D" -> new AggregateKey.Day(parts[1], LocalDate.parse(parts[3]));
            default -> new AggregateKey.Month(parts[1], YearMonth.parse(parts[3]));
          };
      case "Q" -> new AggregateKey.RuleCounts(Integer.parseInt(parts[1]));
      case "R" -> new AggregateKey.RateUsage(parts[1]);
      default -> throw new IllegalArgumentException("not an aggregate id: " + id);
    };
  }

  private static String groupText(GroupKey key) {
    // Length-prefixed fields: no two keys give the same text.
    StringBuilder text = new StringBuilder();
    for (String field :
        new String[] {
          key.source().name(),
          key.id(),
          key.payerIban(),
          key.beneficiaryIban(),
          key.timestamp().toString()
        }) {
      text.append(field.length()).append(':').append(field);
    }
    return text.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
