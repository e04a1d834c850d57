package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One booked entry on an account statement.
 *
 * @param credit money in ({@code CREDITO}) or out ({@code DEBITO})
 * @param type the spec's {@code EnumTransactionTypes}: PIX, TED, BOLETO, CARTAO, FOLHA_PAGAMENTO...
 * @param partieCnpjCpf the other party's CPF (a person) or CNPJ (a company)
 */
record AccountTransaction(
    String transactionId,
    boolean credit,
    String transactionName,
    String type,
    BrlAmount amount,
    Instant dateTime,
    String partieCnpjCpf) {

  LocalDate bookingDate() {
    return LocalDate.ofInstant(dateTime, ZoneOffset.UTC);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("transactionId", transactionId);
    json.put("completedAuthorisedPaymentType", "TRANSACAO_EFETIVADA");
    json.put("creditDebitType", credit ? "CREDITO" : "DEBITO");
    json.put("transactionName", transactionName);
    json.put("type", type);
    json.put("transactionAmount", amount.toJson());
    json.put("transactionDateTime", WireTime.millis(dateTime));
    json.put("partieCnpjCpf", partieCnpjCpf);
    json.put(
        "partiePersonType", partieCnpjCpf.length() == 11 ? "PESSOA_NATURAL" : "PESSOA_JURIDICA");
    return json;
  }
}
