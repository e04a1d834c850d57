package com.finflow.localstack.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.flow.ApiClient;
import com.finflow.localstack.flow.RunningFinflow;
import com.finflow.localstack.flow.Tenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Analytics through the real stack: a write is reflected within {@link
 * AnalyticsWriter#FRESH_WITHIN}, one at a time and after a burst; the final figures equal a fold in
 * this test over the user's transactions as {@code GET /me/transactions} lists them, each converted
 * at the rate {@code GET /currencies/{code}/rates} publishes for its own day; and no other user
 * sees any of it. How fast a write is reflected is measured by {@code ./localstack/bench
 * freshness}.
 */
@ExtendWith(RunningFinflow.class)
class AnalyticsFlowTest {

  private static final long SEED = 20261203;
  private static final String FROM = AnalyticsWriter.FROM;
  private static final String TO = AnalyticsWriter.TO;

  /** Writes each waited for, then the burst that follows them unwaited. */
  private static final int ONE_BY_ONE = 20;

  private static final int BURST = 180;

  @Test
  void everyWriteReachesAnalyticsAndTheFiguresEqualAFoldOverTheApi(LocalStackRuntime runtime) {
    ApiClient api = new ApiClient(runtime.httpBaseUrl());
    AnalyticsWriter owner = AnalyticsWriter.signUp(api, SEED);
    String stranger = Tenant.signUp(api, "0.00").accessToken();

    for (int i = 0; i < ONE_BY_ONE; i++) {
      owner.writeAndAwait();
    }
    for (int i = 0; i < BURST; i++) {
      owner.write();
    }
    owner.awaitAll();

    for (String period : List.of("day", "week", "month", "year")) {
      JsonNode report = owner.analytics(owner.token(), period);
      JsonNode expected = fold(api, owner.token(), period);
      for (String field :
          List.of(
              "count",
              "average",
              "average_credit",
              "average_debit",
              "periods",
              "categories",
              "highest_day_by_count",
              "highest_day_by_amount")) {
        assertThat(report.get(field)).as(period + " " + field).isEqualTo(expected.get(field));
      }
      assertThat(report.get("count").asLong()).isEqualTo(ONE_BY_ONE + BURST);
      assertThat(report.get("currency").asText()).isEqualTo("BRL");
    }
    JsonNode strangers = owner.analytics(stranger, "year");
    assertThat(strangers.get("count").asLong()).as("another user's analytics").isZero();
  }

  /** The report as it should be, from the API's own lists and rates, folded here. */
  private static JsonNode fold(ApiClient api, String token, String period) {
    ZoneId zone = ZoneId.of("America/Sao_Paulo");
    Map<String, BigDecimal> rates = new HashMap<>();
    TreeMap<LocalDate, long[]> days = new TreeMap<>(); // count, in, out (centavos)
    TreeMap<String, long[]> categories = new TreeMap<>();
    long credits = 0;
    long creditSum = 0;
    long debitSum = 0;
    long count = 0;
    String next = "/me/transactions?limit=500";
    while (next != null) {
      JsonNode page = api.get(next, Optional.of(token)).json();
      for (JsonNode t : page.get("items")) {
        LocalDate day =
            OffsetDateTime.parse(t.get("occurred_at").asText())
                .atZoneSameInstant(zone)
                .toLocalDate();
        if (day.isBefore(LocalDate.parse(FROM)) || day.isAfter(LocalDate.parse(TO))) {
          continue;
        }
        String currency = t.get("currency").asText();
        BigDecimal rate =
            currency.equals("BRL")
                ? BigDecimal.ONE
                : rates.computeIfAbsent(
                    currency + day,
                    key ->
                        new BigDecimal(
                            api.get(
                                    "/currencies/" + currency + "/rates?date=" + day,
                                    Optional.of(token))
                                .json()
                                .get("rates")
                                .get("BRL")
                                .asText()));
        long centavos =
            new BigDecimal(t.get("amount").asText())
                .multiply(rate)
                .setScale(2, RoundingMode.HALF_EVEN)
                .unscaledValue()
                .longValueExact();
        boolean credit = t.get("direction").asText().equals("credit");
        count++;
        long[] d = days.computeIfAbsent(day, k -> new long[3]);
        long[] c = categories.computeIfAbsent(t.get("category").asText(), k -> new long[3]);
        d[0]++;
        c[0]++;
        d[credit ? 1 : 2] += centavos;
        c[credit ? 1 : 2] += centavos;
        if (credit) {
          credits++;
          creditSum += centavos;
        } else {
          debitSum += centavos;
        }
      }
      next =
          page.path("links").path("next").isTextual()
              ? page.get("links").get("next").asText()
              : null;
    }
    StringBuilder json = new StringBuilder("{\"count\":").append(count);
    json.append(",\"average\":").append(mean(creditSum + debitSum, count));
    json.append(",\"average_credit\":").append(mean(creditSum, credits));
    json.append(",\"average_debit\":").append(mean(debitSum, count - credits));
    LocalDate busiest = null;
    LocalDate largest = null;
    for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
      if (busiest == null || d.getValue()[0] > days.get(busiest)[0]) busiest = d.getKey();
      if (largest == null
          || d.getValue()[1] + d.getValue()[2] > days.get(largest)[1] + days.get(largest)[2])
        largest = d.getKey();
    }
    json.append(",\"highest_day_by_count\":")
        .append(
            busiest == null
                ? "null"
                : "{\"date\":\"" + busiest + "\",\"count\":" + days.get(busiest)[0] + "}");
    json.append(",\"highest_day_by_amount\":")
        .append(
            largest == null
                ? "null"
                : "{\"date\":\""
                    + largest
                    + "\",\"amount\":"
                    + money(days.get(largest)[1] + days.get(largest)[2])
                    + "}");
    json.append(",\"periods\":[");
    List<String> periods = new ArrayList<>();
    for (LocalDate start = LocalDate.parse(FROM); !start.isAfter(LocalDate.parse(TO)); ) {
      LocalDate end =
          switch (period) {
            case "day" -> start;
            case "week" -> start.plusDays(7 - start.getDayOfWeek().getValue());
            case "month" -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start.withDayOfYear(start.lengthOfYear());
          };
      end = end.isAfter(LocalDate.parse(TO)) ? LocalDate.parse(TO) : end;
      long[] sum = new long[3];
      for (long[] d : days.subMap(start, true, end, true).values()) {
        sum[0] += d[0];
        sum[1] += d[1];
        sum[2] += d[2];
      }
      periods.add(
          "{\"start\":\""
              + start
              + "\",\"end\":\""
              + end
              + "\",\"count\":"
              + sum[0]
              + ",\"in\":"
              + money(sum[1])
              + ",\"out\":"
              + money(sum[2])
              + "}");
      start = end.plusDays(1);
    }
    json.append(String.join(",", periods)).append("],\"categories\":[");
    List<String> byCategory = new ArrayList<>();
    categories.forEach(
        (name, c) ->
            byCategory.add(
                "{\"category\":\""
                    + name
                    + "\",\"count\":"
                    + c[0]
                    + ",\"in\":"
                    + money(c[1])
                    + ",\"out\":"
                    + money(c[2])
                    + "}"));
    json.append(String.join(",", byCategory)).append("]}");
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String mean(long centavos, long count) {
    return count == 0
        ? "null"
        : "\""
            + BigDecimal.valueOf(centavos, 2)
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN)
                .toPlainString()
            + "\"";
  }

  private static String money(long centavos) {
    return "\"" + BigDecimal.valueOf(centavos, 2).toPlainString() + "\"";
  }
}
