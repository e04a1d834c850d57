package com.finflow.cashflow.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.Figures;
import com.finflow.shared.aws.LocalDynamoDb;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoAggregatesTest {

  private static final String ORGANIZATION = "org-1";
  private final String table = CashflowAdapters.newCashflowTable();

  @Test
  void aMonthsPairsAtTheirLargestAddUpExactlyOnDynamoDb() {
    AggregateKey month = new AggregateKey.Month("DE89370400440532013000", YearMonth.of(2024, 3));
    LocalDate day = LocalDate.of(2024, 3, 8);
    Instant at = Instant.parse("2024-03-08T09:00:00Z");
    Figures first = new Figures();
    first.add(FigureNames.dayIn(day), 4_999_999_999_999_999_998L);
    first.add(FigureNames.dayOut(day), Long.MAX_VALUE - 1);
    first.add(FigureNames.momentCount(at), -4_999_999_999_999_999_999L);
    first.add(FigureNames.momentNet(at), Long.MIN_VALUE + 1);
    Figures second = new Figures();
    second.add(FigureNames.dayIn(day), 1);
    second.add(FigureNames.dayOut(day), 1);
    second.add(FigureNames.momentCount(at), -1);
    second.add(FigureNames.momentNet(at), -1);

    add(month, first);
    add(month, second);

    Figures expected = new Figures();
    expected.addAll(first);
    expected.addAll(second);
    assertThat(
            new DynamoAggregates(LocalDynamoDb.client(), table)
                .read(ORGANIZATION, List.of(month))
                .get(month))
        .isEqualTo(expected);
  }

  private void add(AggregateKey key, Figures figures) {
    String[] item = CashflowKeys.aggregate(ORGANIZATION, key);
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    StringBuilder expression = new StringBuilder("ADD ");
    int i = 0;
    for (Map.Entry<String, BigInteger> addition :
        FigureAttributes.additions(key, figures).entrySet()) {
      names.put("#a" + i, addition.getKey());
      values.put(":a" + i, AttributeValue.fromN(addition.getValue().toString()));
      expression.append(i == 0 ? "" : ", ").append("#a").append(i).append(" :a").append(i);
      i++;
    }
    LocalDynamoDb.client()
        .updateItem(
            request ->
                request
                    .tableName(table)
                    .key(CashflowKeys.key(item[0], item[1]))
                    .updateExpression(expression.toString())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
  }
}
