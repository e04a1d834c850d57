package com.finflow.localstack.openfinance;

/**
 * The account types of the accounts API v2 ({@code EnumAccountType}): current, savings and prepaid
 * payment accounts.
 */
enum AccountType {
  CONTA_DEPOSITO_A_VISTA,
  CONTA_POUPANCA,
  CONTA_PAGAMENTO_PRE_PAGA
}
