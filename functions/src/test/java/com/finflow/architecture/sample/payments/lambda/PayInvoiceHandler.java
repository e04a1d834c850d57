package com.finflow.architecture.sample.payments.lambda;

/** The handler the broken inside calls. */
public final class PayInvoiceHandler {

  public String name() {
    return "PayInvoice";
  }
}
