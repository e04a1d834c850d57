package com.finflow.localstack.openfinance;

import static com.finflow.localstack.openfinance.ProviderClient.ACCOUNTS;
import static com.finflow.localstack.openfinance.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CPF stands for the same customer data wherever and whenever it is asked for. */
class DeterministicDataTest {

  private static final ProviderSettings SEEDED =
      ProviderSettings.DEFAULTS.withFaults(ProviderFaults.NONE.withSeed(7));

  @Test
  void twoProvidersWithTheSameSeedServeIdenticalDataForOneCpf() {
    List<JsonNode> first;
    List<JsonNode> second;
    try (SandboxProvider one = SandboxProvider.start(0, SEEDED);
        SandboxProvider other = SandboxProvider.start(0, SEEDED)) {
      first = everything(one, SandboxProviderTest.CPF);
      second = everything(other, SandboxProviderTest.CPF);
    }

    assertThat(first).hasSizeGreaterThan(2);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void differentCpfsAreDifferentCustomers() {
    try (SandboxProvider provider = SandboxProvider.start(0, SEEDED)) {
      List<JsonNode> one = everything(provider, SandboxProviderTest.CPF);
      List<JsonNode> other = everything(provider, Cpf.withCheckDigits("123456789"));

      assertThat(other.get(0)).isNotEqualTo(one.get(0));
    }
  }

  @Test
  void everyValidCpfHasTwoToFourAccountsWith150To400TransactionsInTheLastYear() {
    LocalDate today = LocalDate.of(2025, 6, 30);
    for (String base : List.of("000000001", "123456789", "987654321", "555000111", "314159265")) {
      SandboxCustomer customer = SandboxCustomer.of(new Cpf(Cpf.withCheckDigits(base)), today);

      assertThat(customer.accounts()).hasSizeBetween(2, 4);
      customer
          .accounts()
          .forEach(
              account -> {
                assertThat(account.transactions()).hasSizeBetween(150, 400);
                assertThat(account.transactions())
                    .allSatisfy(
                        transaction ->
                            assertThat(transaction.bookingDate())
                                .isAfterOrEqualTo(today.minusMonths(12))
                                .isBefore(today));
              });
    }
  }

  @Test
  void cpfCheckDigitsFollowTheMod11Rule() {
    assertThat(Cpf.isValid("52998224725")).isTrue();
    assertThat(Cpf.isValid("52998224724")).isFalse();
    assertThat(Cpf.isValid("00000000000")).isFalse();
    assertThat(Cpf.isValid("5299822472")).isFalse();
    assertThat(Cpf.withCheckDigits("529982247")).isEqualTo("52998224725");
  }

  /**
   * The accounts list, then each account's balances and transactions of the last 12 months, data
   * only.
   */
  private static List<JsonNode> everything(SandboxProvider provider, String cpf) {
    ProviderClient client = new ProviderClient(provider.baseUrl());
    String token = client.accessToken(provider.registrationSecret());
    String consentId = SandboxProviderTest.authorisedConsent(client, token, cpf);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<JsonNode> data = new ArrayList<>();
    JsonNode accounts = json(client.get(ACCOUNTS, token, consentId).body()).path("data");
    data.add(accounts);
    for (JsonNode account : accounts) {
      String path = ACCOUNTS + "/" + account.path("accountId").asText();
      data.add(json(client.get(path + "/balances", token, consentId).body()).path("data"));
      data.add(
          json(client
                  .get(
                      path
                          + "/transactions?fromBookingDate="
                          + today.minusMonths(12)
                          + "&toBookingDate="
                          + today
                          + "&page-size=1000",
                      token,
                      consentId)
                  .body())
              .path("data"));
    }
    return data;
  }
}
