package com.finflow.cashflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Companies in memory: an IBAN belongs to one company and is never moved or dropped. */
public final class InMemoryCompanies implements Companies {

  private final Map<String, TreeMap<String, Company>> companies = new HashMap<>();
  private final Map<String, Map<String, String>> ibanOwners = new HashMap<>();

  @Override
  public synchronized Registration register(String organizationId, Company company) {
    Map<String, String> owners = ibanOwners.computeIfAbsent(organizationId, o -> new HashMap<>());
    for (String iban : company.ibans()) {
      String owner = owners.get(iban);
      if (owner != null && !owner.equals(company.id())) {
        return new Registration.IbanTaken(iban, owner);
      }
    }
    Optional<Company> before = find(organizationId, company.id());
    if (before.isPresent()) {
      for (String iban : before.get().ibans()) {
        if (!company.ibans().contains(iban)) {
          return new Registration.IbanDropped(iban);
        }
      }
    }
    company.ibans().forEach(iban -> owners.put(iban, company.id()));
    companies.computeIfAbsent(organizationId, o -> new TreeMap<>()).put(company.id(), company);
    return before.isPresent() ? new Registration.Replaced() : new Registration.Created();
  }

  @Override
  public synchronized Optional<Company> find(String organizationId, String companyId) {
    return Optional.ofNullable(
        companies.getOrDefault(organizationId, new TreeMap<>()).get(companyId));
  }

  @Override
  public synchronized Companies.Page list(
      String organizationId, Optional<String> cursor, int limit) {
    NavigableMap<String, Company> all = companies.getOrDefault(organizationId, new TreeMap<>());
    NavigableMap<String, Company> after = cursor.map(c -> all.tailMap(c, false)).orElse(all);
    List<Company> page = after.values().stream().limit(limit).toList();
    boolean more = after.size() > limit;
    return new Companies.Page(
        page, more ? Optional.of(page.get(page.size() - 1).id()) : Optional.empty());
  }

  @Override
  public synchronized Directory directory(String organizationId) {
    return new Directory(ibanOwners.getOrDefault(organizationId, Map.of()));
  }
}
