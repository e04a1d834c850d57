package com.finflow.localstack.cashflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.iban4j.CountryCode;

/**
 * The monitored companies, each with one to three accounts in SEPA countries, and a pool of
 * counterpart accounts around the world that belong to none of them.
 */
final class CompanyRoster {

  private static final List<String> NAME_FIRST =
      List.of(
          "Northwind",
          "Blue Harbor",
          "Alpen",
          "Sunfield",
          "Iberia",
          "Nordlicht",
          "Atlas",
          "Rhein",
          "Lumen",
          "Meridian",
          "Corvus",
          "Vela",
          "Baltic",
          "Aurora",
          "Tagus",
          "Danube");
  private static final List<String> NAME_SECOND =
      List.of(
          "Logistics",
          "Foods",
          "Energy",
          "Textiles",
          "Robotics",
          "Pharma",
          "Timber",
          "Shipping",
          "Software",
          "Ceramics",
          "Motors",
          "Optics",
          "Wines",
          "Steel",
          "Paper",
          "Analytics");
  private static final List<String> GIVEN =
      List.of(
          "Anna", "Lukas", "Sofia", "Mateo", "Emma", "Jan", "Lea", "Pedro", "Chiara", "Noah",
          "Ines", "Elias", "Marta", "Hugo", "Aino", "Liam");
  private static final List<String> FAMILY =
      List.of(
          "Schmidt",
          "Dubois",
          "de Vries",
          "Peeters",
          "Garcia",
          "Rossi",
          "Gruber",
          "Murphy",
          "Silva",
          "Virtanen",
          "Weber",
          "Martin",
          "Jansen",
          "Lopez",
          "Ferrari",
          "Kelly");

  private final List<Company> companies;
  private final List<String> accounts;
  private final Map<String, Integer> companyOfAccount;
  private final List<String> counterparts;

  private CompanyRoster(
      List<Company> companies,
      List<String> accounts,
      Map<String, Integer> companyOfAccount,
      List<String> counterparts) {
    this.companies = companies;
    this.accounts = accounts;
    this.companyOfAccount = companyOfAccount;
    this.counterparts = counterparts;
  }

  static CompanyRoster of(int count, SplittableRandom draw, IbanMint mint) {
    Set<String> taken = new HashSet<>();
    List<Company> companies = new ArrayList<>(count);
    List<String> accounts = new ArrayList<>();
    Map<String, Integer> companyOfAccount = new LinkedHashMap<>();
    for (int index = 0; index < count; index++) {
      int owned = 1 + draw.nextInt(3);
      List<String> ibans = new ArrayList<>(owned);
      Map<String, BigDecimal> opening = new LinkedHashMap<>();
      for (int a = 0; a < owned; a++) {
        String iban = fresh(mint, pick(IbanMint.SEPA_COUNTRIES, draw), taken);
        ibans.add(iban);
        accounts.add(iban);
        companyOfAccount.put(iban, index);
        if (draw.nextInt(10) < 6) {
          // Up to 500,000.00 EUR, in cents.
          opening.put(iban, BigDecimal.valueOf(draw.nextLong(50_000_001L), 2));
        }
      }
      companies.add(
          new Company(
              String.format("company-%05d", index + 1),
              pick(NAME_FIRST, draw) + " " + pick(NAME_SECOND, draw) + " " + (index + 1),
              pick(GIVEN, draw) + " " + pick(FAMILY, draw),
              ibans,
              opening));
    }
    int pool = Math.max(500, count * 3);
    List<String> counterparts = new ArrayList<>(pool);
    for (int index = 0; index < pool; index++) {
      counterparts.add(fresh(mint, pick(IbanMint.WORLD_COUNTRIES, draw), taken));
    }
    return new CompanyRoster(companies, accounts, companyOfAccount, counterparts);
  }

  private static String fresh(IbanMint mint, CountryCode country, Set<String> taken) {
    while (true) {
      String iban = mint.valid(country);
      if (taken.add(iban)) {
        return iban;
      }
    }
  }

  static <T> T pick(List<T> items, SplittableRandom draw) {
    return items.get(draw.nextInt(items.size()));
  }

  List<Company> companies() {
    return companies;
  }

  String anyAccount(SplittableRandom draw) {
    return pick(accounts, draw);
  }

  String anyCounterpart(SplittableRandom draw) {
    return pick(counterparts, draw);
  }

  boolean isAccount(String iban) {
    return companyOfAccount.containsKey(iban);
  }

  int accountCount() {
    return accounts.size();
  }

  /** Another account of the same company, or the account itself when it is the only one. */
  String siblingOf(String account, SplittableRandom draw) {
    List<String> own = companies.get(companyOfAccount.get(account)).ibans();
    if (own.size() == 1) {
      return account;
    }
    String other;
    do {
      other = pick(own, draw);
    } while (other.equals(account));
    return other;
  }

  /** An account of a different company than the given account's. */
  String accountOfAnotherCompany(String account, SplittableRandom draw) {
    int company = companyOfAccount.get(account);
    String other;
    do {
      other = pick(accounts, draw);
    } while (companyOfAccount.get(other) == company);
    return other;
  }
}
