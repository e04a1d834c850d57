package com.finflow.cashflow.adapters;

import static com.finflow.cashflow.adapters.CashflowKeys.PK;
import static com.finflow.cashflow.adapters.CashflowKeys.SK;
import static com.finflow.shared.aws.Items.n;
import static com.finflow.shared.aws.Items.s;

import com.finflow.cashflow.CashflowSettings;
import com.finflow.cashflow.Companies;
import com.finflow.cashflow.Company;
import com.finflow.cashflow.Directory;
import com.finflow.cashflow.ExchangeRate;
import com.finflow.cashflow.ExchangeRates;
import com.finflow.cashflow.InterestRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Companies with their IBAN claims, rate periods and settings in the cashflow table. */
final class DynamoCompanies implements Companies, ExchangeRates, CashflowSettings {

  private static final String ALWAYS = "always";

  private final DynamoDbClient dynamoDb;
  private final String table;

  DynamoCompanies(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public Registration register(String organizationId, Company company) {
    while (true) {
      Optional<Map<String, AttributeValue>> before = companyItem(organizationId, company.id());
      if (before.isPresent()) {
        List<String> previous =
            before.get().get("ibans").l().stream().map(AttributeValue::s).toList();
        for (String iban : previous) {
          if (!company.ibans().contains(iban)) {
            return new Registration.IbanDropped(iban);
          }
        }
      }
      long version = before.map(item -> Long.parseLong(item.get("v").n())).orElse(0L);
      List<TransactWriteItem> writes = new ArrayList<>();
      writes.add(
          TransactWriteItem.builder()
              .put(
                  put ->
                      put.tableName(table)
                          .item(companyItem(organizationId, company, version + 1))
                          .conditionExpression(version == 0 ? "attribute_not_exists(pk)" : "v = :v")
                          .expressionAttributeValues(
                              version == 0 ? null : Map.of(":v", n(version))))
              .build());
      for (String iban : company.ibans()) {
        writes.add(
            TransactWriteItem.builder()
                .put(
                    put ->
                        put.tableName(table)
                            .item(
                                Map.of(
                                    PK,
                                    s(CashflowKeys.organization(organizationId, "IBANS")),
                                    SK,
                                    s(iban),
                                    "company_id",
                                    s(company.id())))
                            .conditionExpression("attribute_not_exists(pk) OR company_id = :id")
                            .expressionAttributeValues(Map.of(":id", s(company.id()))))
                .build());
      }
      try {
        dynamoDb.transactWriteItems(request -> request.transactItems(writes));
        return before.isPresent() ? new Registration.Replaced() : new Registration.Created();
      } catch (TransactionCanceledException e) {
        int refused = Transactions.refusedAt(e);
        if (refused > 0) {
          String iban = company.ibans().get(refused - 1);
          Optional<String> owner = ownerOf(organizationId, iban);
          if (owner.isPresent() && !owner.get().equals(company.id())) {
            return new Registration.IbanTaken(iban, owner.get());
          }
        } else if (refused < 0) {
          throw e;
        }
        // The company changed meanwhile: decide again on what is stored now.
      }
    }
  }

  @Override
  public Optional<Company> find(String organizationId, String companyId) {
    return companyItem(organizationId, companyId).map(DynamoCompanies::companyOf);
  }

  @Override
  public Page list(String organizationId, Optional<String> cursor, int limit) {
    String pk = CashflowKeys.organization(organizationId, "COMPANIES");
    QueryResponse page =
        dynamoDb.query(
            request ->
                request
                    .tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(pk)))
                    .exclusiveStartKey(
                        cursor.map(c -> CashflowKeys.key(pk, ListingCursor.decode(c))).orElse(null))
                    .limit(limit));
    return new Page(
        page.items().stream().map(DynamoCompanies::companyOf).toList(),
        page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
            ? Optional.of(ListingCursor.encode(page.lastEvaluatedKey().get(SK).s()))
            : Optional.empty());
  }

  @Override
  public Directory directory(String organizationId) {
    Map<String, String> owners = new HashMap<>();
    dynamoDb
        .queryPaginator(
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(
                    Map.of(":pk", s(CashflowKeys.organization(organizationId, "IBANS"))))
                .build())
        .items()
        .forEach(item -> owners.put(item.get(SK).s(), item.get("company_id").s()));
    return new Directory(owners);
  }

  @Override
  public List<ExchangeRate> all(String organizationId) {
    List<ExchangeRate> rates = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(
                    Map.of(":pk", s(CashflowKeys.organization(organizationId, "RATES"))))
                .build())
        .items()
        .forEach(
            item ->
                rates.add(
                    new ExchangeRate(
                        item.get("currency").s(),
                        new BigDecimal(item.get("eur_rate").s()),
                        new BigDecimal(item.get("usd_rate").s()),
                        item.containsKey("valid_from")
                            ? Optional.of(LocalDate.parse(item.get("valid_from").s()))
                            : Optional.empty())));
    return rates;
  }

  @Override
  public boolean add(String organizationId, ExchangeRate rate) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(CashflowKeys.organization(organizationId, "RATES")));
    item.put(
        SK, s(rate.currency() + "#" + rate.validFrom().map(LocalDate::toString).orElse(ALWAYS)));
    item.put("currency", s(rate.currency()));
    item.put("eur_rate", s(rate.eurRate().toPlainString()));
    item.put("usd_rate", s(rate.usdRate().toPlainString()));
    rate.validFrom().ifPresent(day -> item.put("valid_from", s(day.toString())));
    try {
      dynamoDb.putItem(
          request ->
              request.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  @Override
  public boolean strictIbans(String organizationId) {
    Map<String, AttributeValue> item = settingsItem(organizationId);
    return item.containsKey("strict_ibans") && item.get("strict_ibans").bool();
  }

  @Override
  public InterestRates interestRates(String organizationId) {
    Map<String, AttributeValue> item = settingsItem(organizationId);
    return new InterestRates(
        rate(item, "credit_rate", InterestRates.DEFAULT.credit()),
        rate(item, "debit_rate", InterestRates.DEFAULT.debit()));
  }

  @Override
  public void change(String organizationId, CashflowSettings.Change change) {
    Map<String, AttributeValue> values = new HashMap<>();
    change
        .strictIbans()
        .ifPresent(strict -> values.put("strict_ibans", AttributeValue.fromBool(strict)));
    change.creditRate().ifPresent(rate -> values.put("credit_rate", s(rate.toPlainString())));
    change.debitRate().ifPresent(rate -> values.put("debit_rate", s(rate.toPlainString())));
    if (values.isEmpty()) {
      return;
    }
    // SET of the named attributes only: a concurrent change of another setting survives.
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> placeholders = new HashMap<>();
    List<String> assignments = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          names.put("#" + name, name);
          placeholders.put(":" + name, value);
          assignments.add("#" + name + " = :" + name);
        });
    dynamoDb.updateItem(
        request ->
            request
                .tableName(table)
                .key(settingsKey(organizationId))
                .updateExpression("SET " + String.join(", ", assignments))
                .expressionAttributeNames(names)
                .expressionAttributeValues(placeholders));
  }

  private Map<String, AttributeValue> settingsItem(String organizationId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request.tableName(table).key(settingsKey(organizationId)).consistentRead(true))
            .item();
    return item == null ? Map.of() : item;
  }

  private static BigDecimal rate(
      Map<String, AttributeValue> item, String name, BigDecimal otherwise) {
    return item.containsKey(name) ? new BigDecimal(item.get(name).s()) : otherwise;
  }

  private Map<String, AttributeValue> settingsKey(String organizationId) {
    return CashflowKeys.key(CashflowKeys.organization(organizationId, "SETTINGS"), "SETTINGS");
  }

  private Optional<Map<String, AttributeValue>> companyItem(
      String organizationId, String companyId) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(
                            CashflowKeys.key(
                                CashflowKeys.organization(organizationId, "COMPANIES"), companyId))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  private Optional<String> ownerOf(String organizationId, String iban) {
    Map<String, AttributeValue> item =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(
                            CashflowKeys.key(
                                CashflowKeys.organization(organizationId, "IBANS"), iban))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(item.get("company_id").s());
  }

  private static Map<String, AttributeValue> companyItem(
      String organizationId, Company company, long version) {
    Map<String, AttributeValue> opening = new LinkedHashMap<>();
    company.openingBalances().forEach((iban, cents) -> opening.put(iban, n(cents)));
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(CashflowKeys.organization(organizationId, "COMPANIES")));
    item.put(SK, s(company.id()));
    item.put("v", n(version));
    item.put("name", s(company.name()));
    item.put("owner", s(company.owner()));
    item.put("ibans", AttributeValue.fromL(company.ibans().stream().map(iban -> s(iban)).toList()));
    item.put("opening_balances", AttributeValue.fromM(opening));
    return item;
  }

  private static Company companyOf(Map<String, AttributeValue> item) {
    Map<String, Long> opening = new LinkedHashMap<>();
    item.get("opening_balances")
        .m()
        .forEach((iban, cents) -> opening.put(iban, Long.parseLong(cents.n())));
    return new Company(
        item.get(SK).s(),
        item.get("name").s(),
        item.get("owner").s(),
        item.get("ibans").l().stream().map(AttributeValue::s).toList(),
        opening);
  }
}
