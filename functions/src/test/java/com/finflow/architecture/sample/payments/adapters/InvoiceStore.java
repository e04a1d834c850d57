package com.finflow.architecture.sample.payments.adapters;

import com.finflow.architecture.sample.payments.lambda.PayInvoiceHandler;

/** Broken on purpose: an adapter that calls a handler. */
public final class InvoiceStore {

  public String owner() {
    return new PayInvoiceHandler().name();
  }
}
