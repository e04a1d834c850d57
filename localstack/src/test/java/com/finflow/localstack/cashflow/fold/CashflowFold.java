package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.iban4j.IbanUtil;

/**
 * An independent in-memory fold of the cashflow rules of the issue, written from its text alone:
 * deliver batches in any order, with duplicates, then {@link #fold()} for the answers.
 *
 * <p>How it reads the points the issue leaves open:
 *
 * <ul>
 *   <li><b>Redelivery and reuse.</b> A batch id delivered again with the same source and rows
 *       changes nothing. With other rows it is {@code BATCH_ID_REUSED}: the first delivery seen
 *       keeps the id and counts; every row of each distinct later content is set aside (one
 *       quarantined row per row of that content, however often that content is delivered).
 *   <li><b>Malformed rows</b> ({@code MALFORMED_ROW}): a row that is not an object, lacks a member,
 *       has a member that is not a string (but for an integer {@code id}, read as its digits), or a
 *       member other than the six; an {@code id} that is empty; an {@code amount} that is not a
 *       plain positive decimal ({@code 12}, {@code 12.5}, {@code 0.01}; no sign, exponent,
 *       separator or zero); a {@code currency} that is not an ISO 4217 code ({@link Currency}); a
 *       {@code timestamp} that is not ISO 8601 with an offset ({@link
 *       DateTimeFormatter#ISO_OFFSET_DATE_TIME}).
 *   <li><b>IBANs.</b> {@code INVALID_IBAN}: either side's first two characters are not an ISO
 *       3166-1 alpha-2 code ({@link Locale#getISOCountries()}). In strict mode, then, {@code
 *       INVALID_IBAN_CHECKSUM}: either side fails iban4j's full check (country length, mod-97).
 *   <li><b>Batch payments.</b> Well-formed rows of one source with equal {@code id}, payer,
 *       beneficiary and timestamp (the same instant), from at least two distinct (batch id,
 *       position) pairs of the batches kept: the whole group, even rows caught by an IBAN rule
 *       first (those keep their IBAN rule). Set-aside reused batches take no part.
 *   <li><b>Rates.</b> The rate of a row is the one in force on the UTC day of its timestamp: the
 *       latest {@code valid_from} not after that day; a rate without {@code valid_from} applies
 *       when no dated rate does. The same currency and {@code valid_from} given twice: the later
 *       entry. EUR is always 1.
 *   <li><b>Amounts.</b> {@code amount × eur_rate} rounded half-even to the cent, once per row; the
 *       payer's account goes out by it, the beneficiary's comes in by it.
 *   <li><b>Company level.</b> A transfer between two accounts of one company changes neither its
 *       balance nor its countries; whether it shows in the company's {@code in} and {@code out} is
 *       {@link InternalTransfers}. It counts once in {@code transactions_counted}.
 *   <li><b>Per company</b>, a row touches a company when its payer or beneficiary string is one of
 *       the company's IBANs: {@code transactions_counted} and {@code transactions_quarantined}
 *       count such rows once each, {@code latest_transaction_at} is the latest instant of its
 *       counted rows. Countries: the first two letters of the other side's IBAN, when that side is
 *       not the company's, with counted rows' count, {@code in} (the company received) and {@code
 *       out}.
 * </ul>
 */
public final class CashflowFold {

  private static final Set<String> MEMBERS =
      Set.of("id", "payer_iban", "beneficiary_iban", "amount", "currency", "timestamp");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final Map<String, MonitoredCompany> companies = new LinkedHashMap<>();
  private final Map<String, String> companyOfIban = new HashMap<>();
  private final boolean strict;
  private final InternalTransfers internalTransfers;
  private final Map<String, TreeMap<LocalDate, BigDecimal>> datedRates = new HashMap<>();
  private final Map<String, BigDecimal> undatedRates = new HashMap<>();
  private final Map<String, Kept> kept = new LinkedHashMap<>();
  private final Set<String> reusedContents = new HashSet<>();
  private final List<Line> reusedRows = new ArrayList<>();

  private record Kept(String digest, List<Line> lines) {}

  /**
   * One row as read: well-formed or not; an absent string member is empty. {@code at} and {@code
   * amount} mean nothing for a malformed row.
   */
  private record Line(
      String source,
      String batchId,
      int position,
      boolean wellFormed,
      String id,
      String payer,
      String beneficiary,
      BigDecimal amount,
      String currency,
      Instant at) {}

  public CashflowFold(
      List<MonitoredCompany> companies,
      boolean strict,
      List<RateEntry> rates,
      InternalTransfers internalTransfers) {
    for (MonitoredCompany company : companies) {
      this.companies.put(company.companyId(), company);
      company.ibans().forEach(iban -> companyOfIban.put(iban, company.companyId()));
    }
    this.strict = strict;
    this.internalTransfers = internalTransfers;
    for (RateEntry rate : rates) {
      if (rate.validFrom().isPresent()) {
        datedRates
            .computeIfAbsent(rate.currency(), currency -> new TreeMap<>())
            .put(rate.validFrom().get(), rate.eurRate());
      } else {
        undatedRates.put(rate.currency(), rate.eurRate());
      }
    }
  }

  /** One delivery of a batch, in arrival order. */
  public void deliver(FeedBatch batch) {
    String digest = digest(batch);
    Kept earlier = kept.get(batch.batchId());
    if (earlier == null) {
      kept.put(batch.batchId(), new Kept(digest, read(batch)));
    } else if (!earlier.digest().equals(digest) && reusedContents.add(batch.batchId() + digest)) {
      reusedRows.addAll(read(batch));
    }
  }

  /** The answers after every delivery so far. */
  public FoldOutcome fold() {
    List<Line> lines = new ArrayList<>();
    kept.values().forEach(batch -> lines.addAll(batch.lines()));
    Map<String, Integer> groupSizes = new HashMap<>();
    for (Line line : lines) {
      if (line.wellFormed()) {
        groupSizes.merge(groupKey(line), 1, Integer::sum);
      }
    }
    List<QuarantinedRow> quarantined = new ArrayList<>();
    FoldOutcome.Builder outcome = new FoldOutcome.Builder(companies, internalTransfers);
    for (Line line : lines) {
      Optional<QuarantineRule> rule = ruleFor(line, groupSizes);
      if (rule.isPresent()) {
        quarantined.add(quarantine(line, rule.get()));
        outcome.quarantined(line.payer(), line.beneficiary(), companyOfIban);
      } else {
        BigDecimal eur =
            line.amount()
                .multiply(rateOn(line.currency(), utcDay(line.at())).orElseThrow())
                .setScale(2, RoundingMode.HALF_EVEN);
        outcome.counted(line.payer(), line.beneficiary(), eur, line.at(), companyOfIban);
      }
    }
    for (Line line : reusedRows) {
      quarantined.add(quarantine(line, QuarantineRule.BATCH_ID_REUSED));
      outcome.quarantined(line.payer(), line.beneficiary(), companyOfIban);
    }
    return outcome.build(quarantined);
  }

  private Optional<QuarantineRule> ruleFor(Line line, Map<String, Integer> groupSizes) {
    if (!line.wellFormed()) {
      return Optional.of(QuarantineRule.MALFORMED_ROW);
    }
    if (!hasCountry(line.payer()) || !hasCountry(line.beneficiary())) {
      return Optional.of(QuarantineRule.INVALID_IBAN);
    }
    if (strict && (!IbanUtil.isValid(line.payer()) || !IbanUtil.isValid(line.beneficiary()))) {
      return Optional.of(QuarantineRule.INVALID_IBAN_CHECKSUM);
    }
    if (groupSizes.get(groupKey(line)) >= 2) {
      return Optional.of(QuarantineRule.BATCH_PAYMENT);
    }
    if (rateOn(line.currency(), utcDay(line.at())).isEmpty()) {
      return Optional.of(QuarantineRule.NO_EXCHANGE_RATE);
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> rateOn(String currency, LocalDate day) {
    if (currency.equals("EUR")) {
      return Optional.of(BigDecimal.ONE);
    }
    TreeMap<LocalDate, BigDecimal> dated = datedRates.get(currency);
    if (dated != null && dated.floorEntry(day) != null) {
      return Optional.of(dated.floorEntry(day).getValue());
    }
    return Optional.ofNullable(undatedRates.get(currency));
  }

  private static boolean hasCountry(String iban) {
    return iban.length() >= 2 && COUNTRIES.contains(iban.substring(0, 2));
  }

  private static LocalDate utcDay(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static String groupKey(Line line) {
    return String.join(
        "\u0000", line.source(), line.id(), line.payer(), line.beneficiary(), line.at().toString());
  }

  private static QuarantinedRow quarantine(Line line, QuarantineRule rule) {
    return new QuarantinedRow(
        line.source(), line.batchId(), line.position(), rule, line.payer(), line.beneficiary());
  }

  private static List<Line> read(FeedBatch batch) {
    List<Line> lines = new ArrayList<>();
    int position = 0;
    for (JsonNode row : batch.transactions()) {
      lines.add(line(batch, position++, row));
    }
    return lines;
  }

  private static Line line(FeedBatch batch, int position, JsonNode row) {
    String id = row.path("id").isIntegralNumber() ? row.path("id").asText() : text(row, "id");
    String payer = text(row, "payer_iban");
    String beneficiary = text(row, "beneficiary_iban");
    String amount = text(row, "amount");
    String currency = text(row, "currency");
    String timestamp = text(row, "timestamp");
    boolean wellFormed =
        row.isObject()
            && onlyKnownMembers(row)
            && MEMBERS.stream()
                .allMatch(
                    member ->
                        row.path(member).isTextual()
                            || (member.equals("id") && row.path(member).isIntegralNumber()))
            && !id.isEmpty()
            && PLAIN_DECIMAL.matcher(amount).matches()
            && new BigDecimal(amount).signum() > 0
            && isCurrency(currency)
            && instant(timestamp).isPresent();
    return new Line(
        batch.source(),
        batch.batchId(),
        position,
        wellFormed,
        id,
        payer,
        beneficiary,
        wellFormed ? new BigDecimal(amount) : BigDecimal.ZERO,
        currency,
        wellFormed ? instant(timestamp).get() : Instant.EPOCH);
  }

  private static boolean onlyKnownMembers(JsonNode row) {
    for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
      if (!MEMBERS.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  private static String text(JsonNode row, String member) {
    JsonNode value = row.path(member);
    return value.isTextual() ? value.asText() : "";
  }

  private static boolean isCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Optional<Instant> instant(String timestamp) {
    try {
      return Optional.of(
          OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String digest(FeedBatch batch) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(batch.source().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(batch.transactions().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
