package com.finflow.cashflow;

import java.time.LocalDate;

/** Asks for the rows of a currency held from a day on to be released (they have a rate now). */
public interface ReleaseRequests {

  void request(String organizationId, String currency, LocalDate from);
}
