package com.finflow.personal.adapters;

import com.finflow.personal.CachedSecurityDirectory;
import com.finflow.personal.ChangeTransaction;
import com.finflow.personal.DeleteTransaction;
import com.finflow.personal.GetAnalytics;
import com.finflow.personal.GetPortfolio;
import com.finflow.personal.GetPrices;
import com.finflow.personal.GetProfile;
import com.finflow.personal.GetRates;
import com.finflow.personal.GetSecurity;
import com.finflow.personal.GetTransaction;
import com.finflow.personal.ListCurrencies;
import com.finflow.personal.ListTransactions;
import com.finflow.personal.PriceSource;
import com.finflow.personal.RecordTransaction;
import com.finflow.personal.ReferenceRates;
import com.finflow.personal.RefreshAnalytics;
import com.finflow.personal.RefreshPrices;
import com.finflow.personal.RefreshRates;
import com.finflow.personal.RefreshRequests;
import com.finflow.personal.SearchSecurities;
import com.finflow.personal.SecurityDirectory;
import com.finflow.personal.SecurityPrices;
import com.finflow.personal.TransactionIds;
import com.finflow.personal.UpdateProfile;
import com.finflow.personal.ViewInvalidation;
import com.finflow.shared.Environment;
import com.finflow.shared.aws.AwsClients;
import com.finflow.shared.http.OutboundHttp;
import com.finflow.shared.sqs.QueueConsumer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/** Builds each personal-finance use case from the function's environment, once per container. */
public final class PersonalWiring {

  /** Where Alpha Vantage answers, unless {@code PRICE_SOURCE_URL} says otherwise. */
  static final String ALPHA_VANTAGE = "https://www.alphavantage.co/";

  /** Where the European Central Bank publishes its euro reference rates. */
  static final String ECB_RATES = "https://www.ecb.europa.eu/stats/eurofxref/";

  private PersonalWiring() {}

  public static GetProfile getProfile() {
    return new GetProfile(store());
  }

  public static UpdateProfile updateProfile() {
    return new UpdateProfile(store(), invalidation());
  }

  public static RecordTransaction recordTransaction() {
    return new RecordTransaction(
        store(),
        new TransactionIds(Clock.systemUTC()),
        Clock.systemUTC(),
        Duration.ofHours(
            Long.parseLong(Environment.optional("IDEMPOTENCY_RETENTION_HOURS").orElse("24"))),
        invalidation());
  }

  public static GetTransaction getTransaction() {
    return new GetTransaction(store());
  }

  public static ChangeTransaction changeTransaction() {
    return new ChangeTransaction(store(), Clock.systemUTC(), invalidation());
  }

  public static DeleteTransaction deleteTransaction() {
    return new DeleteTransaction(store(), invalidation());
  }

  public static ListTransactions listTransactions() {
    DynamoPersonalStore store = store();
    return new ListTransactions(store, store);
  }

  public static ListCurrencies listCurrencies() {
    return new ListCurrencies();
  }

  public static GetRates getRates() {
    return new GetRates(referenceRates());
  }

  /**
   * The ECB's files by default; {@code FX_SOURCE_URL} points elsewhere (the local stack's sandbox),
   * {@code FX_HISTORY_FROM} sets how far back the first run reaches.
   */
  public static RefreshRates refreshRates() {
    return new RefreshRates(
        new EcbFxSource(
            OutboundHttp.client(Duration.ofSeconds(5)),
            URI.create(Environment.optional("FX_SOURCE_URL").orElse(ECB_RATES)),
            Clock.systemUTC()),
        referenceRates(),
        LocalDate.parse(Environment.optional("FX_HISTORY_FROM").orElse("1999-01-04")));
  }

  public static GetAnalytics getAnalytics() {
    DynamoPersonalStore store = store();
    DynamoAnalyticsViews views = views();
    return new GetAnalytics(store, views, views, refreshRequests(), Clock.systemUTC());
  }

  public static RefreshAnalytics refreshAnalytics() {
    DynamoPersonalStore store = store();
    DynamoAnalyticsViews views = views();
    return new RefreshAnalytics(store, store, referenceRates(), views, views);
  }

  /** Failed refreshes retry after 1 s, doubling up to a minute (rates may still be arriving). */
  public static QueueConsumer analyticsQueue() {
    return new QueueConsumer(
        AwsClients.sqs(), Environment.required("ANALYTICS_QUEUE_URL"), 1, 60, false);
  }

  public static SearchSecurities searchSecurities() {
    return new SearchSecurities(securityDirectory());
  }

  public static GetSecurity getSecurity() {
    return new GetSecurity(securityDirectory());
  }

  public static GetPrices getPrices() {
    return new GetPrices(securityDirectory(), securityPrices(), Clock.systemUTC());
  }

  public static GetPortfolio getPortfolio() {
    return new GetPortfolio(
        store(),
        BookWiring.portfolioBook(),
        securityDirectory(),
        securityPrices(),
        referenceRates(),
        Clock.systemUTC());
  }

  public static RefreshPrices refreshPrices() {
    return new RefreshPrices(priceCache(), securityPrices(), Clock.systemUTC());
  }

  public static SecurityDirectory securityDirectory() {
    return new CachedSecurityDirectory(PriceSourceHolder.SOURCE, priceCache(), Clock.systemUTC());
  }

  private static SecurityPrices securityPrices() {
    return new SecurityPrices(PriceSourceHolder.SOURCE, priceCache(), Clock.systemUTC());
  }

  private static DynamoPriceCache priceCache() {
    return new DynamoPriceCache(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }

  /**
   * Alpha Vantage by default; {@code PRICE_SOURCE_URL} points elsewhere (the local stack's
   * sandbox). The key is read from the secret {@code PRICE_SOURCE_KEY_SECRET_ARN} names on the
   * first call, so no SnapStart snapshot holds it.
   */
  private static final class PriceSourceHolder {
    static final PriceSource SOURCE =
        new AlphaVantagePriceSource(
            OutboundHttp.client(Duration.ofSeconds(5)),
            URI.create(Environment.optional("PRICE_SOURCE_URL").orElse(ALPHA_VANTAGE)),
            new PriceSourceKey(),
            Clock.systemUTC());
  }

  /** The provider's key, read once from Secrets Manager. */
  private static final class PriceSourceKey implements java.util.function.Supplier<String> {
    private volatile String key;

    @Override
    public String get() {
      String known = key;
      if (known == null) {
        known =
            AwsClients.secretsManager()
                .getSecretValue(
                    request ->
                        request.secretId(Environment.required("PRICE_SOURCE_KEY_SECRET_ARN")))
                .secretString()
                .strip();
        key = known;
      }
      return known;
    }
  }

  private static ViewInvalidation invalidation() {
    return new ViewInvalidation(views(), refreshRequests(), Clock.systemUTC());
  }

  private static DynamoAnalyticsViews views() {
    return new DynamoAnalyticsViews(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }

  private static RefreshRequests refreshRequests() {
    return new SqsRefreshRequests(AwsClients.sqs(), Environment.required("ANALYTICS_QUEUE_URL"));
  }

  private static ReferenceRates referenceRates() {
    return new DynamoReferenceRates(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }

  private static DynamoPersonalStore store() {
    return new DynamoPersonalStore(AwsClients.dynamoDb(), Environment.required("PERSONAL_TABLE"));
  }
}
