package com.finflow.localstack.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.finflow.localstack.LocalStackRuntime;
import com.finflow.localstack.cashflow.DatasetGenerator;
import com.finflow.localstack.cashflow.DatasetSize;
import com.finflow.localstack.cashflow.fold.FoldOutcome;
import com.finflow.localstack.cashflow.fold.JsonLinesDataset;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cashflow dashboard in a real browser (the system's headless Chromium, driven by
 * playwright-core): a person signs in, picks a company of a generated dataset with the keyboard,
 * switches intervals, and every point the charts drew and every row the table shows equals the
 * API's own answer for that company, range and interval. Screenshots at a laptop's and a phone's
 * size land in {@code localstack/target/dashboard/}. The build feeds the {@code small} dataset;
 * {@code -Dfinflow.dashboard.size=tiny} is quicker while working on the page.
 *
 * <p>The same fed dataset also answers, for every company, what an independent fold of its rows
 * answers: the cashflow known answer at the {@code small} size, in every build, for the cost of its
 * reads ({@link CashflowFlowTest} feeds {@code tiny} in orders and through crashes).
 */
@ExtendWith(RunningFinflow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BROWSER_SCRIPTS = Path.of("src/test/browser");
  private static final Path OUT = Path.of("target/dashboard");
  private static final long SEED = 20261201;
  private static final String FROM = "2021-01-01";
  private static final String TO = "2024-12-31";
  private static final List<String> INTERVALS = List.of("year", "quarter", "month", "week", "day");
  // The page, its script and its stylesheet, compressed: a tenth of a megabyte is the budget.
  private static final long PAGE_WEIGHT_BUDGET_BYTES = 100_000;

  private DatasetSize size;
  private Path dataset;
  private ApiClient api;
  private String email;
  private String password;
  private Tenant admin;

  @BeforeAll
  void feedTheDataset(LocalStackRuntime runtime) throws IOException {
    size = DatasetSize.of(System.getProperty("finflow.dashboard.size", "small"));
    dataset = Files.createTempDirectory("dashboard-" + size.wireName());
    DatasetGenerator.generate(
        new DatasetGenerator.Options(
            size, SEED, DatasetGenerator.Options.MAX_BATCH_ROWS, Optional.empty()),
        dataset);
    api = new ApiClient(runtime.httpBaseUrl());
    email = "dashboard-" + UUID.randomUUID() + "@example.com";
    password = "correct horse " + UUID.randomUUID();
    admin = Tenant.signUpAs(api, email, password, "0.00");
    CashflowFlowTest.strictIbans(api, admin);
    long started = System.nanoTime();
    CashflowFlowTest.feed(runtime, admin, dataset, Optional.empty(), false, 0.0);
    CashflowFlowTest.awaitIngestionSettled(runtime);
    System.out.printf(
        "dashboard: %s dataset (seed %d) fed in %.0f s%n",
        size.wireName(), SEED, (System.nanoTime() - started) / 1e9);
  }

  @Test
  void everyCompanyOfTheFedDatasetAnswersWhatAnIndependentFoldAnswers() throws IOException {
    JsonLinesDataset fed = new JsonLinesDataset(dataset);
    FoldOutcome fold = CashflowFlowTest.fold(fed);
    long started = System.nanoTime();
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(CashflowFlowTest.quarantineCounts(api, admin))
              .as("quarantined rows per rule and source, seed " + SEED)
              .isEqualTo(CashflowFlowTest.plantedCounts(fed));
          CashflowFlowTest.assertAnswersEqualTheFold(softly, api, admin, fold);
        });
    System.out.printf(
        "cashflow known answer: %s dataset (seed %d), %d companies' summaries and daily balances"
            + " equal the fold, read in %.0f s%n",
        size.wireName(), SEED, fold.companyIds().size(), (System.nanoTime() - started) / 1e9);
  }

  @Test
  void whatTheDashboardDrawsForACompanyIsWhatTheApiAnswers(LocalStackRuntime runtime)
      throws Exception {
    String company = busiestCompany(api, admin);

    JsonNode seen = drive(runtime, email, password, company);

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(seen.get("foreignRequests")).as("requests to other origins").isEmpty();
    softly.assertThat(seen.get("policyViolations")).as("content security policy").isEmpty();
    softly.assertThat(seen.get("pageErrors")).as("script errors").isEmpty();
    JsonNode laptop = seen.get("laptop");
    JsonNode phone = seen.get("phone");
    for (JsonNode session : List.of(laptop, phone)) {
      String at = session.get("locale").asText();
      softly
          .assertThat(session.get("storage").toString())
          .as(at)
          .isEqualTo("{\"local\":0,\"session\":0,\"cookies\":\"\"}");
      softly
          .assertThat(session.get("companyName").asText())
          .as(at)
          .isEqualTo(nameOf(api, admin, company));
      softly
          .assertThat(session.get("signInProblem").asText())
          .as(at + ": the API's problem, title and detail")
          .contains(wrongPasswordProblem(api, email).toArray(String[]::new));
      softly.assertThat(Files.size(OUT.resolve(session.get("screenshot").asText()))).isPositive();
      JsonNode weight = session.get("weight");
      System.out.printf(
          "dashboard: first load at %s: %,d bytes transferred in %d responses%n",
          at, weight.get("bytes").asLong(), weight.get("files").size());
      softly
          .assertThat(weight.get("bytes").asLong())
          .as(at)
          .isBetween(1L, PAGE_WEIGHT_BUDGET_BYTES);
      weight
          .get("files")
          .forEach(
              file -> {
                softly.assertThat(file.get("status").asInt()).as(file.toString()).isEqualTo(200);
                softly
                    .assertThat(file.get("encoding").asText())
                    .as(file.toString())
                    .isEqualTo("gzip");
              });
      softly
          .assertThat(weight.get("files").get(0).get("policy").asText())
          .startsWith("default-src 'self'");
      assertFiguresMatch(softly, api, admin, company, session);
    }
    for (String interval : INTERVALS) {
      assertDrawnMatchesApi(
          softly, api, admin, company, interval, laptop.get("intervals").get(interval));
    }
    assertDrawnMatchesApi(
        softly, api, admin, company, "month", phone.get("intervals").get("month"));
    // de-DE writes amounts as 1.234,56 €.
    softly
        .assertThat(
            phone.get("intervals").get("month").get("table").get(0).get("cells").get(4).asText())
        .matches("-?[0-9.]+,[0-9]{2}[\\s\u00a0\u202f]€");
    softly.assertThat(laptop.get("emptyRange").get("emptyShown").asBoolean()).isTrue();
    softly.assertThat(laptop.get("emptyRange").get("problemShown").asBoolean()).isFalse();
    softly
        .assertThat(laptop.get("backwardsRange").asText())
        .contains("to: must not be before from");
    softly.assertAll();
  }

  private static JsonNode drive(
      LocalStackRuntime runtime, String email, String password, String company)
      throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path log = OUT.resolve("browser-script.log");
    // Never the test JVM's own streams: its standard input and output are the test runner's
    // channel, and Node sets an inherited standard input non-blocking, which breaks that channel.
    ProcessBuilder node =
        new ProcessBuilder("bash", BROWSER_SCRIPTS.resolve("run").toString(), "dashboard.mjs")
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(log.toFile());
    node.environment().put("FINFLOW_URL", runtime.httpBaseUrl().toString());
    node.environment().put("FINFLOW_EMAIL", email);
    node.environment().put("FINFLOW_PASSWORD", password);
    node.environment().put("FINFLOW_COMPANY", company);
    node.environment().put("FINFLOW_FROM", FROM);
    node.environment().put("FINFLOW_TO", TO);
    node.environment().put("CHROMIUM", Chromium.executable().toString());
    node.environment().put("OUT_DIR", OUT.toAbsolutePath().toString());
    Process process = node.start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    String output = Files.readString(log);
    System.out.print(output);
    if (!finished) {
      process.destroyForcibly();
      throw new AssertionError("the browser script ran longer than 5 minutes:\n" + output);
    }
    assertThat(process.exitValue()).as("the browser script's exit status: " + output).isZero();
    return JSON.readTree(OUT.resolve("dashboard-result.json").toFile());
  }

  /** The company with the most counted transactions: the fullest chart. */
  private static String busiestCompany(ApiClient api, Tenant admin) {
    String busiest = null;
    long most = -1;
    for (JsonNode company : companies(api, admin)) {
      String id = company.get("company_id").asText();
      long counted =
          get(api, admin, "/cashflow/companies/" + id + "/summary")
              .get("transactions_counted")
              .asLong();
      if (counted > most) {
        most = counted;
        busiest = id;
      }
    }
    assertThat(busiest).as("a company with transactions").isNotNull();
    return busiest;
  }

  private static List<JsonNode> companies(ApiClient api, Tenant admin) {
    List<JsonNode> all = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          get(api, admin, "/cashflow/companies" + (cursor.isEmpty() ? "" : "?cursor=" + cursor));
      page.get("companies").forEach(all::add);
      cursor = page.path("next_cursor").asText("");
    } while (!cursor.isEmpty());
    return all;
  }

  private static String nameOf(ApiClient api, Tenant admin, String company) {
    return get(api, admin, "/cashflow/companies/" + company).get("name").asText();
  }

  private static List<String> wrongPasswordProblem(ApiClient api, String email) {
    JsonNode problem =
        api.post(
                "/auth/login",
                Optional.empty(),
                "{\"email\":\"" + email + "\",\"password\":\"not the password\"}")
            .json();
    return List.of(problem.get("title").asText(), problem.get("detail").asText());
  }

  private static void assertFiguresMatch(
      SoftAssertions softly, ApiClient api, Tenant admin, String company, JsonNode session) {
    JsonNode summary = get(api, admin, "/cashflow/companies/" + company + "/summary");
    JsonNode interest =
        get(api, admin, "/cashflow/companies/" + company + "/interest?from=" + FROM + "&to=" + TO);
    JsonNode figures = session.get("figures");
    String at = session.get("locale").asText();
    softly
        .assertThat(digits(figures.get("balance").asText()))
        .as(at + " balance")
        .isEqualTo(digits(summary.get("balance").asText()));
    softly
        .assertThat(digits(figures.get("debt").asText()))
        .as(at + " debt")
        .isEqualTo(digits(summary.get("debt").asText()));
    softly
        .assertThat(digits(figures.get("credit").asText()))
        .as(at + " credit")
        .isEqualTo(digits(summary.get("credit").asText()));
    softly
        .assertThat(digits(figures.get("interest-net").asText()))
        .as(at + " interest")
        .isEqualTo(digits(interest.get("net").asText()));
    softly
        .assertThat(session.get("countries").asInt())
        .as(at)
        .isEqualTo(summary.get("countries").size());
    JsonNode quarantine = get(api, admin, "/cashflow/quarantine/summary").get("rules");
    softly.assertThat(session.get("quarantine").size()).as(at).isEqualTo(quarantine.size());
    for (int i = 0; i < quarantine.size(); i++) {
      JsonNode row = session.get("quarantine").get(i);
      softly.assertThat(row.get(0).asText()).isEqualTo(quarantine.get(i).get("rule").asText());
      softly
          .assertThat(digits(row.get(2).asText()))
          .isEqualTo(quarantine.get(i).get("count").asText());
    }
  }

  private static void assertDrawnMatchesApi(
      SoftAssertions softly,
      ApiClient api,
      Tenant admin,
      String company,
      String interval,
      JsonNode drawn) {
    JsonNode rows =
        get(
                api,
                admin,
                "/cashflow/companies/"
                    + company
                    + "/balances?from="
                    + FROM
                    + "&to="
                    + TO
                    + "&interval="
                    + interval)
            .get("rows");
    softly
        .assertThat(drawn.get("balance").get(0).size())
        .as(interval + " points")
        .isEqualTo(rows.size());
    softly
        .assertThat(drawn.get("table").size())
        .as(interval + " table rows")
        .isEqualTo(rows.size());
    for (int i = 0; i < rows.size() && i < drawn.get("balance").get(0).size(); i++) {
      JsonNode row = rows.get(i);
      String as = interval + " " + row.get("start").asText();
      softly
          .assertThat(drawn.get("balance").get(0).get(i).asLong())
          .as(as)
          .isEqualTo(epochSecond(row.get("end").asText()));
      softly
          .assertThat(drawn.get("balance").get(1).get(i).asDouble())
          .as(as + " closing")
          .isEqualTo(number(row, "closing"));
      softly
          .assertThat(drawn.get("flows").get(0).get(i).asLong())
          .as(as)
          .isEqualTo(epochSecond(row.get("start").asText()));
      softly
          .assertThat(drawn.get("flows").get(1).get(i).asDouble())
          .as(as + " in")
          .isEqualTo(number(row, "in"));
      softly
          .assertThat(drawn.get("flows").get(2).get(i).asDouble())
          .as(as + " out")
          .isEqualTo(number(row, "out"));
      JsonNode cells = drawn.get("table").get(i).get("cells");
      softly
          .assertThat(drawn.get("table").get(i).get("start").asText())
          .as(as)
          .isEqualTo(row.get("start").asText());
      List<String> columns = List.of("opening", "in", "out", "closing");
      for (int column = 0; column < columns.size(); column++) {
        softly
            .assertThat(digits(cells.get(column + 1).asText()))
            .as(as + " " + columns.get(column) + " in the table")
            .isEqualTo(digits(row.get(columns.get(column)).asText()));
      }
    }
  }

  private static JsonNode get(ApiClient api, Tenant admin, String path) {
    ApiClient.Reply reply = api.get(path, Optional.of(admin.accessToken()));
    assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static long epochSecond(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  private static double number(JsonNode row, String field) {
    return new BigDecimal(row.get(field).asText()).doubleValue();
  }

  /** The sign and the digits of an amount as any locale writes it: "-1.234,56 €" is "-123456". */
  static String digits(String text) {
    String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0+(?=[0-9])", "");
    boolean negative = text.contains("-") || text.contains("\u2212");
    return (negative && !digits.matches("0*") ? "-" : "") + digits;
  }
}
