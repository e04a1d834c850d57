package com.finflow.shared.quota;

class InMemoryQuotaTest extends QuotaContract {

  @Override
  protected Quota quota() {
    return new InMemoryQuota(THREE_A_MINUTE, clock);
  }
}
