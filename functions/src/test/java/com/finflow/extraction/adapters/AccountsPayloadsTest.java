package com.finflow.extraction.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.extraction.OpenFinanceProvider.Amount;
import com.finflow.extraction.OpenFinanceProvider.Page;
import com.finflow.extraction.OpenFinanceProvider.Transaction;
import com.finflow.extraction.OpenFinanceProvider.Unreadable;
import com.finflow.extraction.UnreadableRecord;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountsPayloadsTest {

  private static final String TWENTY_DIGITS = "12345678901234567890.1234";

  @ParameterizedTest(name = "{0} as a string and as a number")
  @ValueSource(
      strings = {"12500000.0000", "0.0001", "-0.50", TWENTY_DIGITS, "4000.0000", "153065.4580"})
  void aTransactionAmountKeepsItsExactTextWhetherSentAsAStringOrANumber(String amount)
      throws IOException {
    Page<Transaction> v2 =
        transactions(
            "{\"transactionId\":\"t-1\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"transactionAmount\":{\"amount\":\""
                + amount
                + "\",\"currency\":\"BRL\"},\"transactionDateTime\":\"2025-01-02T10:00:00.000Z\"}");
    Page<Transaction> v2AsNumber =
        transactions(
            "{\"transactionId\":\"t-1\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"transactionAmount\":{\"amount\":"
                + amount
                + ",\"currency\":\"BRL\"},\"transactionDateTime\":\"2025-01-02T10:00:00.000Z\"}");
    Page<Transaction> v1 =
        transactions(
            "{\"transactionId\":\"t-1\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"amount\":"
                + amount
                + ",\"transactionCurrency\":\"BRL\",\"transactionDate\":\"2025-01-02\"}");

    assertThat(v2.items().get(0).amount()).isEqualTo(new Amount(amount, "BRL"));
    assertThat(v2AsNumber.items().get(0).amount()).isEqualTo(new Amount(amount, "BRL"));
    assertThat(v1.items().get(0).amount()).isEqualTo(new Amount(amount, "BRL"));
  }

  @ParameterizedTest(name = "{0} as a string and as a number")
  @ValueSource(strings = {"12500000.0000", "0.0001", "-0.50", TWENTY_DIGITS})
  void aBalanceKeepsItsExactTextInEitherVersion(String amount) throws IOException {
    assertThat(
            AccountsPayloads.balance(
                ExactJson.read(
                    "{\"data\":{\"availableAmount\":{\"amount\":\""
                        + amount
                        + "\",\"currency\":\"BRL\"}}}"),
                "a-1"))
        .isEqualTo(new Amount(amount, "BRL"));
    assertThat(
            AccountsPayloads.balance(
                ExactJson.read(
                    "{\"data\":{\"availableAmount\":"
                        + amount
                        + ",\"availableAmountCurrency\":\"BRL\"}}"),
                "a-1"))
        .isEqualTo(new Amount(amount, "BRL"));
  }

  @Test
  void aTwentyDigitWholeNumberAndAnExponentBecomePlainDecimals() throws IOException {
    assertThat(AccountsPayloads.decimal(ExactJson.read("12345678901234567890"), "amount"))
        .isEqualTo("12345678901234567890");
    assertThat(AccountsPayloads.decimal(ExactJson.read("1.25E7"), "amount")).isEqualTo("12500000");
    assertThat(AccountsPayloads.decimal(ExactJson.read("\"1.2500E+7\""), "amount"))
        .isEqualTo("12500000");
  }

  @Test
  void readsTheOlderVersionsDateAndTheCurrencyUnderItsOtherKeys() throws IOException {
    Page<Transaction> page =
        transactions(
            "{\"transactionId\":\"v1\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"CREDITO\",\"transactionName\":\"TED\",\"type\":\"TED\","
                + "\"amount\":4000.0000,\"transactionCurrency\":\"BRL\",\"transactionDate\":\"2025-01-02\"}",
            "{\"transactionId\":\"capital\",\"completedAuthorisedPaymentType\":\"LANCAMENTO_FUTURO\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"BOLETO\",\"type\":\"BOLETO\","
                + "\"amount\":\"77.10\",\"Currency\":\"brl\",\"transactionDate\":\"2025-01-03\"}",
            "{\"transactionId\":\"nested\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"transactionAmount\":{\"amount\":153065.4580,\"transactionCurrency\":\"USD\"},"
                + "\"transactionDateTime\":\"2025-01-04T09:15:00.000-03:00\"}");

    assertThat(page.unreadable()).isEmpty();
    assertThat(page.items())
        .containsExactly(
            new Transaction(
                "v1",
                "TED",
                "TRANSACAO_EFETIVADA",
                new Amount("4000.0000", "BRL"),
                "CREDITO",
                "TED",
                "2025-01-02"),
            new Transaction(
                "capital",
                "BOLETO",
                "LANCAMENTO_FUTURO",
                new Amount("77.10", "BRL"),
                "DEBITO",
                "BOLETO",
                "2025-01-03"),
            new Transaction(
                "nested",
                "PIX",
                "TRANSACAO_EFETIVADA",
                new Amount("153065.4580", "USD"),
                "DEBITO",
                "PIX",
                "2025-01-04T09:15:00.000-03:00"));
  }

  @Test
  void aRecordThatCannotBeReadIsListedWithItsFieldAndLeftOut() throws IOException {
    Page<Transaction> page =
        transactions(
            "{\"transactionId\":\"comma\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"transactionAmount\":{\"amount\":\"12,50\",\"currency\":\"BRL\"},"
                + "\"transactionDateTime\":\"2025-01-04T09:15:00.000Z\"}",
            "{\"transactionId\":\"undated\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"amount\":1.00,\"transactionCurrency\":\"BRL\"}",
            "{\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"amount\":1.00,\"transactionCurrency\":\"BRL\",\"transactionDate\":\"2025-01-02\"}",
            "{\"transactionId\":\"no-currency\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"DEBITO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"amount\":1.00,\"transactionDate\":\"2025-01-02\"}",
            "{\"transactionId\":\"sideways\",\"completedAuthorisedPaymentType\":\"TRANSACAO_EFETIVADA\","
                + "\"creditDebitType\":\"ESTORNO\",\"transactionName\":\"PIX\",\"type\":\"PIX\","
                + "\"amount\":1.00,\"transactionCurrency\":\"BRL\",\"transactionDate\":\"2025-01-02\"}");

    assertThat(page.items()).isEmpty();
    assertThat(page.unreadable())
        .containsExactly(
            new Unreadable("comma", "transactionAmount.amount", "is not a decimal: 12,50"),
            new Unreadable(
                "undated", "transactionDateTime", "is missing, and so is v1's transactionDate"),
            new Unreadable("page 1, item 3", "transactionId", "is missing"),
            new Unreadable("no-currency", "transactionCurrency", "is missing"),
            new Unreadable("sideways", "creditDebitType", "is not CREDITO or DEBITO: ESTORNO"));
  }

  @Test
  void aBalanceWithoutAnAmountIsUnreadableForItsAccount() throws IOException {
    UnreadableRecord unreadable =
        catchThrowableOfType(
            UnreadableRecord.class,
            () ->
                AccountsPayloads.balance(
                    ExactJson.read("{\"data\":{\"blockedAmount\":{\"amount\":\"1.00\"}}}"), "a-1"));

    assertThat(unreadable.unreadable())
        .isEqualTo(new Unreadable("a-1", "availableAmount", "is missing"));
  }

  private static Page<Transaction> transactions(String... records) throws IOException {
    JsonNode envelope =
        ExactJson.read(
            "{\"data\":["
                + String.join(",", records)
                + "],\"links\":{\"self\":\"https://x\"},\"meta\":{\"requestDateTime\":\"2025-01-05T00:00:00Z\"}}");
    return AccountsPayloads.transactions(envelope, 1);
  }
}
