package com.finflow.localstack.openfinance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An amount in reais, written as Open Finance Brasil amounts are: a decimal string (here with four
 * decimals, the spec allows two to four) and the ISO 4217 currency, {@code
 * {"amount":"1234.5600","currency":"BRL"}}.
 */
record BrlAmount(BigDecimal value) {

  static final BrlAmount ZERO = ofCents(0);

  static BrlAmount ofCents(long cents) {
    return new BrlAmount(BigDecimal.valueOf(cents, 2));
  }

  BrlAmount plus(BrlAmount other) {
    return new BrlAmount(value.add(other.value));
  }

  BrlAmount minus(BrlAmount other) {
    return new BrlAmount(value.subtract(other.value));
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("amount", value.setScale(4, RoundingMode.UNNECESSARY).toPlainString());
    json.put("currency", "BRL");
    return json;
  }
}
