package com.finflow.cashflow.lambda;

import com.finflow.cashflow.QuarantineEntry;
import com.finflow.cashflow.QuarantinedRow;
import com.finflow.cashflow.RefusedBatch;
import java.util.LinkedHashMap;
import java.util.Map;

/** A quarantine entry as the API lists it. */
final class QuarantineViews {

  private QuarantineViews() {}

  static Map<String, Object> of(QuarantineEntry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rule", entry.rule().name());
    view.put("source", entry.source().name());
    switch (entry) {
      case QuarantinedRow row -> {
        view.put("batch_id", row.ref().batchId());
        view.put("position", row.ref().position());
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("id", row.row().id());
        transaction.put("payer_iban", row.row().payerIban());
        transaction.put("beneficiary_iban", row.row().beneficiaryIban());
        transaction.put("amount", row.row().amount());
        transaction.put("currency", row.row().currency());
        transaction.put("timestamp", row.row().timestamp());
        view.put("transaction", transaction);
        view.put("company_ids", row.companyIds());
      }
      case RefusedBatch refused -> {
        view.put("batch_id", refused.batchId());
        view.put("rows", refused.rows());
      }
    }
    return view;
  }
}
