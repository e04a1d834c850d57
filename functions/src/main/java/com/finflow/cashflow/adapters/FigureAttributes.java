package com.finflow.cashflow.adapters;

import com.finflow.cashflow.AggregateKey;
import com.finflow.cashflow.FigureNames;
import com.finflow.cashflow.Figures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How figures are stored as number attributes. Most figures are an attribute each, named {@code f.}
 * and the figure's name. An account's month, which a balance series reads by the dozen, packs its
 * two most numerous kinds in pairs: a day's out and in as one number ({@code D05} = out × 10^19 +
 * in), an instant's net amount and count as another ({@code M2024-03-08T09:00:00Z} = net × 10^19 +
 * count). Both parts of a pair only ever change by addition, so an {@code ADD} of the packed delta
 * keeps each exact (DynamoDB numbers carry 38 digits). The month item holds about half the
 * attributes and bytes it would otherwise, and a read costs by what it returns.
 *
 * <p>The low part of a pair (a day's money in, an instant's count) reads within ±5 × 10^18, about
 * half of what a figure can hold at all (a {@code long} of cents): a part below zero for a moment,
 * a withdrawal applied before the addition it undoes, still reads right. Attributes of the unpacked
 * layout still read, added to the packed ones, so months written before the packing stay right.
 */
final class FigureAttributes {

  private static final String FIGURE = "f.";
  private static final String DAY = "D";
  private static final String MOMENT = "M";
  private static final BigInteger PAIR = BigInteger.TEN.pow(19);
  private static final BigInteger HALF_PAIR = PAIR.shiftRight(1);

  private FigureAttributes() {}

  /** The attributes an {@code ADD} of these figures to the aggregate changes, and by how much. */
  static Map<String, BigInteger> additions(AggregateKey key, Figures figures) {
    Map<String, BigInteger> additions = new TreeMap<>();
    figures
        .asMap()
        .forEach(
            (name, delta) -> {
              BigInteger value = BigInteger.valueOf(delta);
              if (key instanceof AggregateKey.Month && isPacked(name)) {
                BigInteger shifted = isHigh(name) ? value.multiply(PAIR) : value;
                additions.merge(attributeOf(name), shifted, BigInteger::add);
              } else {
                additions.merge(FIGURE + name, value, BigInteger::add);
              }
            });
    return additions;
  }

  /** The figures an item of the aggregate holds. */
  static Figures read(AggregateKey key, Map<String, AttributeValue> item) {
    Figures figures = new Figures();
    item.forEach(
        (attribute, value) -> {
          if (attribute.startsWith(FIGURE)) {
            figures.add(attribute.substring(FIGURE.length()), Long.parseLong(value.n()));
          } else if (key instanceof AggregateKey.Month && isPair(attribute)) {
            unpack(attribute, new BigDecimal(value.n()).toBigIntegerExact(), figures);
          }
        });
    return figures;
  }

  private static boolean isPacked(String name) {
    return isDay(name, FigureNames.DAY_IN)
        || isDay(name, FigureNames.DAY_OUT)
        || isMoment(name, FigureNames.MOMENT_COUNT)
        || isMoment(name, FigureNames.MOMENT_NET);
  }

  private static boolean isHigh(String name) {
    return name.startsWith(FigureNames.DAY_OUT) || name.startsWith(FigureNames.MOMENT_NET);
  }

  private static String attributeOf(String name) {
    return (isDay(name, name.substring(0, 1)) ? DAY : MOMENT) + name.substring(1);
  }

  private static boolean isPair(String attribute) {
    return attribute.startsWith(DAY) || attribute.startsWith(MOMENT);
  }

  private static void unpack(String attribute, BigInteger packed, Figures into) {
    BigInteger low = packed.mod(PAIR);
    if (low.compareTo(HALF_PAIR) >= 0) {
      low = low.subtract(PAIR);
    }
    BigInteger high = packed.subtract(low).divide(PAIR);
    String rest = attribute.substring(1);
    boolean day = attribute.startsWith(DAY);
    into.add((day ? FigureNames.DAY_IN : FigureNames.MOMENT_COUNT) + rest, low.longValueExact());
    into.add((day ? FigureNames.DAY_OUT : FigureNames.MOMENT_NET) + rest, high.longValueExact());
  }

  // A day figure is its letter and the day of the month in two digits; an instant's is longer.
  private static boolean isDay(String name, String letter) {
    return name.length() == 3 && name.startsWith(letter);
  }

  private static boolean isMoment(String name, String letter) {
    return name.length() > 3 && name.startsWith(letter);
  }
}
