package com.finflow.cashflow.lambda;

import com.finflow.shared.failure.NotFound;

/** The dashboard has no file of that name (an old bundle's hashed name, or a guess). */
final class NoSuchDashboardFile extends NotFound {

  NoSuchDashboardFile() {
    super("the dashboard has no such file; load /cashflow/dashboard for the current ones");
  }
}
