package com.finflow.cashflow;

import com.finflow.shared.failure.NotFound;

/** No company with this id belongs to the caller's organization (another's is not revealed). */
public final class NoSuchCompany extends NotFound {

  public NoSuchCompany() {
    super("no company with this id");
  }
}
