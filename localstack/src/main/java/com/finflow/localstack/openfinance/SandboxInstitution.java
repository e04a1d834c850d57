package com.finflow.localstack.openfinance;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who the sandbox institution serves beyond its generated customers, and how, changeable while it
 * runs: customers recorded at real institutions, customers with a given number of accounts, and the
 * largest page it serves whatever {@code page-size} asks (real institutions often serve fewer than
 * the specs' 1,000).
 */
final class SandboxInstitution {

  private final Map<String, RecordedCustomer> recorded = new ConcurrentHashMap<>();
  private final Map<String, Integer> accountCounts = new ConcurrentHashMap<>();
  private volatile int largestPage = Paging.MAX_PAGE_SIZE;

  void record(RecordedCustomer customer) {
    recorded.put(customer.cpf().digits(), customer);
  }

  Optional<RecordedCustomer> recorded(Cpf cpf) {
    return Optional.ofNullable(recorded.get(cpf.digits()));
  }

  void accounts(Cpf cpf, int count) {
    if (count < 1 || count > 50) {
      throw new IllegalArgumentException("a sandbox customer has 1 to 50 accounts: " + count);
    }
    accountCounts.put(cpf.digits(), count);
  }

  SandboxCustomer customer(Cpf cpf, java.time.LocalDate today) {
    Integer count = accountCounts.get(cpf.digits());
    return count == null ? SandboxCustomer.of(cpf, today) : SandboxCustomer.of(cpf, today, count);
  }

  void largestPage(int pageSize) {
    if (pageSize < 1 || pageSize > Paging.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "the largest page is 1 to " + Paging.MAX_PAGE_SIZE + ": " + pageSize);
    }
    largestPage = pageSize;
  }

  int largestPage() {
    return largestPage;
  }
}
