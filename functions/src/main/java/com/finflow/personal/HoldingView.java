package com.finflow.personal;

import java.time.Instant;
import java.util.Map;

/**
 * A holding as the API shows it: the quantity as written (trailing zeros dropped), the cost basis
 * with exactly its currency's decimals.
 */
public record HoldingView(
    String id,
    String accountId,
    String symbol,
    String quantity,
    String costBasis,
    String costCurrency,
    Instant createdAt,
    Instant updatedAt,
    Map<String, String> links) {

  public static HoldingView of(Holding holding) {
    return new HoldingView(
        holding.id(),
        holding.accountId(),
        holding.symbol(),
        holding.quantity().stripTrailingZeros().toPlainString(),
        AccountView.amount(holding.costBasis(), holding.costCurrency()),
        holding.costCurrency(),
        holding.createdAt(),
        holding.updatedAt(),
        Map.of(
            "self",
            "/me/holdings/" + holding.id(),
            "account",
            "/me/accounts/" + holding.accountId()));
  }
}
