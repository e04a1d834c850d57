package com.finflow.localstack.cashflow.fold;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the balances answer: EUR amounts with two decimals. */
public record BalanceRow(
    LocalDate start,
    LocalDate end,
    BigDecimal opening,
    BigDecimal in,
    BigDecimal out,
    BigDecimal closing) {

  /** The row in the answer's wire shape. */
  public ObjectNode toJson() {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    row.put("start", start.toString());
    row.put("end", end.toString());
    row.put("opening", Cents.text(opening));
    row.put("in", Cents.text(in));
    row.put("out", Cents.text(out));
    row.put("closing", Cents.text(closing));
    return row;
  }
}
