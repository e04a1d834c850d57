package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of a sandbox customer's accounts at the sandbox institution, with its balances and its
 * statement (newest first).
 *
 * @param branchCode absent for prepaid payment accounts, as the spec allows
 */
record SandboxAccount(
    String accountId,
    AccountType type,
    String compeCode,
    Optional<String> branchCode,
    String number,
    String checkDigit,
    BrlAmount available,
    BrlAmount blocked,
    BrlAmount automaticallyInvested,
    Instant balancesUpdated,
    List<AccountTransaction> transactions) {

  static final String BRAND_NAME = "Finflow Sandbox Bank";
  static final String COMPANY_CNPJ = Cnpj.withCheckDigits("990000000001");

  SandboxAccount {
    transactions = List.copyOf(transactions);
  }

  /** An entry of {@code GET /accounts} ({@code AccountData}). */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("brandName", BRAND_NAME);
    json.put("companyCnpj", COMPANY_CNPJ);
    json.put("type", type.name());
    json.put("compeCode", compeCode);
    branchCode.ifPresent(code -> json.put("branchCode", code));
    json.put("number", number);
    json.put("checkDigit", checkDigit);
    json.put("accountId", accountId);
    return json;
  }

  /**
   * The {@code data} of {@code GET /accounts/{accountId}/balances} ({@code AccountBalancesData}).
   */
  Map<String, Object> balancesJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("availableAmount", available.toJson());
    json.put("blockedAmount", blocked.toJson());
    json.put("automaticallyInvestedAmount", automaticallyInvested.toJson());
    json.put("updateDateTime", WireTime.seconds(balancesUpdated));
    return json;
  }
}
