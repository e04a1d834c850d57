package com.finflow.cashflow.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.Figures;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class FigureAttributesTest {

  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final AggregateKey MONTH = new AggregateKey.Month("DE02120300000000202051", MARCH);
  private static final LocalDate EIGHTH = LocalDate.of(2024, 3, 8);
  private static final Instant NINE = Instant.parse("2024-03-08T09:00:00Z");

  @Test
  void aMonthKeepsOneAttributePerDayAndOnePerInstant() {
    Figures figures = new Figures();
    figures.add(FigureNames.dayIn(EIGHTH), 1_250);
    figures.add(FigureNames.dayOut(EIGHTH), 700);
    figures.add(FigureNames.dayInside(EIGHTH), 300);
    figures.add(FigureNames.momentCount(NINE), 2);
    figures.add(FigureNames.momentNet(NINE), -450);

    Map<String, BigInteger> additions = FigureAttributes.additions(MONTH, figures);

    assertThat(additions)
        .containsOnlyKeys("D08", "M2024-03-08T09:00:00Z", "f.d08")
        .containsEntry("D08", new BigInteger("7000000000000000001250"))
        .containsEntry("M2024-03-08T09:00:00Z", new BigInteger("-4499999999999999999998"));
    assertThat(FigureAttributes.read(MONTH, item(additions))).isEqualTo(figures);
  }

  @Test
  void otherAggregatesKeepAnAttributePerFigure() {
    AggregateKey totals = new AggregateKey.Totals("DE02120300000000202051");
    Figures figures = new Figures();
    figures.add(FigureNames.monthIn(MARCH), 1_250);
    figures.add(FigureNames.monthCount(MARCH), 3);

    Map<String, BigInteger> additions = FigureAttributes.additions(totals, figures);

    assertThat(additions).containsOnlyKeys("f.i2024-03", "f.c2024-03");
    assertThat(FigureAttributes.read(totals, item(additions))).isEqualTo(figures);
  }

  @Test
  void theLargestFiguresAPairHoldsReadBackExactly() {
    Figures figures = new Figures();
    figures.add(FigureNames.dayIn(EIGHTH), 4_999_999_999_999_999_999L);
    figures.add(FigureNames.dayOut(EIGHTH), Long.MAX_VALUE);
    figures.add(FigureNames.momentCount(NINE), -5_000_000_000_000_000_000L);
    figures.add(FigureNames.momentNet(NINE), Long.MIN_VALUE);

    assertThat(FigureAttributes.read(MONTH, item(FigureAttributes.additions(MONTH, figures))))
        .isEqualTo(figures);
  }

  @Test
  void manyAdditionsAndWithdrawalsSumAsTheFiguresDo() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Map<String, BigInteger> stored = new HashMap<>();
    Map<String, Long> fold = new TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      Figures change = new Figures();
      int day = 1 + random.nextInt(31);
      Instant at = MARCH.atDay(day).atStartOfDay().toInstant(ZoneOffset.UTC);
      at = at.plusSeconds(random.nextInt(4) * 3_600L);
      long cents = random.nextLong(1_000_000_000_000L);
      int sign = random.nextInt(4) == 0 ? -1 : 1;
      String[] names = {
        FigureNames.dayIn(MARCH.atDay(day)),
        FigureNames.dayOut(MARCH.atDay(day)),
        FigureNames.momentCount(at),
        FigureNames.momentNet(at)
      };
      String name = names[random.nextInt(names.length)];
      long delta = name.equals(names[2]) ? sign : sign * cents;
      change.add(name, delta);
      fold.merge(name, delta, Math::addExact);
      FigureAttributes.additions(MONTH, change)
          .forEach((a, v) -> stored.merge(a, v, BigInteger::add));
    }

    assertThat(FigureAttributes.read(MONTH, item(stored)))
        .as("seed %d", seed)
        .isEqualTo(Figures.of(fold));
  }

  @Test
  void monthsWrittenOneAttributePerFigureStillReadAddedToThePairs() {
    Figures packed = new Figures();
    packed.add(FigureNames.dayIn(EIGHTH), 100);
    packed.add(FigureNames.momentCount(NINE), 1);
    Map<String, AttributeValue> item =
        new HashMap<>(item(FigureAttributes.additions(MONTH, packed)));
    item.put("pk", AttributeValue.fromS("O#org#A#DE02120300000000202051"));
    item.put("f.i08", AttributeValue.fromN("25"));
    item.put("f.c2024-03-08T09:00:00Z", AttributeValue.fromN("2"));
    item.put("f.a2024-03-08T09:00:00Z", AttributeValue.fromN("-7"));

    Figures read = FigureAttributes.read(MONTH, item);

    assertThat(read.get(FigureNames.dayIn(EIGHTH))).isEqualTo(125);
    assertThat(read.get(FigureNames.momentCount(NINE))).isEqualTo(3);
    assertThat(read.get(FigureNames.momentNet(NINE))).isEqualTo(-7);
  }

  @Test
  void numbersInExponentFormReadExactly() {
    Map<String, AttributeValue> item = Map.of("D08", AttributeValue.fromN("3.5E+20"));

    Figures read = FigureAttributes.read(MONTH, item);

    assertThat(read.get(FigureNames.dayOut(EIGHTH))).isEqualTo(35);
    assertThat(read.get(FigureNames.dayIn(EIGHTH))).isZero();
  }

  private static Map<String, AttributeValue> item(Map<String, BigInteger> attributes) {
    Map<String, AttributeValue> item = new HashMap<>();
    attributes.forEach((name, value) -> item.put(name, AttributeValue.fromN(value.toString())));
    return item;
  }
}
