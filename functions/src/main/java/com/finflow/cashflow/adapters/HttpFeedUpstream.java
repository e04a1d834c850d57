package com.finflow.cashflow.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.cashflow.ExchangeRate;
import com.finflow.cashflow.Feed;
import com.finflow.cashflow.FeedPage;
import com.finflow.cashflow.FeedRow;
import com.finflow.cashflow.FeedSecrets;
import com.finflow.cashflow.FeedUpstream;
import com.finflow.cashflow.IbanRules;
import com.finflow.cashflow.RegisterCompanyCommand;
import com.finflow.cashflow.Source;
import com.finflow.shared.Json;
import com.finflow.shared.http.FieldPatterns;
import com.finflow.shared.ids.ResourceIds;
import com.finflow.shared.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The original system's data API ({@code kind: "cdm"}): {@code GET /company_info}, {@code
 * /exchange_rates}, and {@code /sepa} and {@code /swift} a page at a time ({@code ?cursor=}), with
 * the feed's API key, if any, in {@code x-api-key}. Every failure to get a whole, readable answer
 * is a {@link FeedUpstream.Failure}: retryable for 5xx, 429, a dropped connection, a timeout or a
 * truncated body; final for any other 4xx or a body of the wrong shape.
 */
final class HttpFeedUpstream implements FeedUpstream {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern IBAN = Pattern.compile(FieldPatterns.ELECTRONIC_IBAN);
  private static final Pattern RATE = Pattern.compile(FieldPatterns.EXCHANGE_RATE);

  private final HttpClient http;
  private final FeedSecrets secrets;

  HttpFeedUpstream(HttpClient http, FeedSecrets secrets) {
    this.http = http;
    this.secrets = secrets;
  }

  @Override
  public List<RegisterCompanyCommand> companies(Feed feed) {
    List<RegisterCompanyCommand> companies = new ArrayList<>();
    for (JsonNode company : array(get(feed, "/company_info"), "companies")) {
      List<String> ibans = new ArrayList<>();
      company.path("ibans").forEach(iban -> ibans.add(iban.asText()));
      Map<String, Long> openings = new LinkedHashMap<>();
      company
          .path("opening_balances")
          .properties()
          .forEach(
              balance ->
                  openings.put(
                      balance.getKey(),
                      new BigDecimal(balance.getValue().asText())
                          .movePointRight(2)
                          .longValueExact()));
      String companyId = text(company, "company_id");
      // What PUT /cashflow/companies refuses, the upstream may not slip in either.
      if (!ResourceIds.isToken(companyId, ResourceIds.MAX_TOKEN_LENGTH)
          || ibans.stream().anyMatch(iban -> !isIban(iban))) {
        throw new Failure(
            "the upstream's company " + companyId + " has an unusable id or IBAN", false);
      }
      try {
        companies.add(
            new RegisterCompanyCommand(
                companyId, text(company, "name"), text(company, "owner"), ibans, openings));
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new Failure(
            "the upstream's company " + companyId + " is unreadable: " + e.getMessage(), false);
      }
    }
    return companies;
  }

  @Override
  public List<ExchangeRate> rates(Feed feed) {
    List<ExchangeRate> rates = new ArrayList<>();
    for (JsonNode rate : array(get(feed, "/exchange_rates"), "rates")) {
      String currency = text(rate, "currency");
      if (!RATE.matcher(text(rate, "eur_rate")).matches()
          || !RATE.matcher(text(rate, "usd_rate")).matches()
          || Money.currency(currency).isEmpty()
          || new BigDecimal(text(rate, "eur_rate")).signum() <= 0
          || new BigDecimal(text(rate, "usd_rate")).signum() <= 0) {
        throw new Failure("the upstream's rate of " + currency + " is unusable", false);
      }
      try {
        rates.add(
            new ExchangeRate(
                currency,
                new BigDecimal(text(rate, "eur_rate")),
                new BigDecimal(text(rate, "usd_rate")),
                rate.hasNonNull("valid_from")
                    ? Optional.of(LocalDate.parse(rate.get("valid_from").asText()))
                    : Optional.empty()));
      } catch (RuntimeException e) {
        throw new Failure(
            "an exchange rate of the upstream is unreadable: " + e.getMessage(), false);
      }
    }
    return rates;
  }

  @Override
  public FeedPage page(Feed feed, Source source, Optional<String> cursor) {
    String path =
        "/"
            + source.name().toLowerCase(Locale.ROOT)
            + cursor
                .map(at -> "?cursor=" + URLEncoder.encode(at, StandardCharsets.UTF_8))
                .orElse("");
    JsonNode page = get(feed, path);
    List<FeedRow> rows = new ArrayList<>();
    for (JsonNode row : array(page, "transactions")) {
      rows.add(
          new FeedRow(
              row.path("id").asText(""),
              row.path("payer_iban").asText(""),
              row.path("beneficiary_iban").asText(""),
              row.path("amount").asText(""),
              row.path("currency").asText(""),
              row.path("timestamp").asText("")));
    }
    JsonNode next = page.path("next_cursor");
    return new FeedPage(rows, next.isTextual() ? Optional.of(next.asText()) : Optional.empty());
  }

  private JsonNode get(Feed feed, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stripSlash(feed.baseUrl()) + path))
            .timeout(REQUEST_TIMEOUT)
            .header("accept", "application/json")
            .GET();
    feed.apiKeySecret().ifPresent(secret -> request.header("x-api-key", secrets.read(secret)));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failure("GET " + path + " failed: " + e.getClass().getSimpleName(), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("GET " + path + " was interrupted", true);
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      throw new Failure("GET " + path + " answered " + status, true);
    }
    if (status != 200) {
      throw new Failure("GET " + path + " answered " + status, false);
    }
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      // Most often a body cut short: the next try may get it whole.
      throw new Failure("GET " + path + " answered unreadable JSON", true);
    }
  }

  private static List<JsonNode> array(JsonNode body, String name) {
    JsonNode items = body.path(name);
    if (!items.isArray()) {
      throw new Failure("the upstream's answer has no " + name + " array", false);
    }
    List<JsonNode> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw new Failure("the upstream's " + name + " is missing", false);
    }
    return value.asText();
  }

  private static boolean isIban(String iban) {
    return IBAN.matcher(iban).matches() && IbanRules.isCountry(iban.substring(0, 2));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
