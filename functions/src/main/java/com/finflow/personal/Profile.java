package com.finflow.personal;

import java.time.ZoneId;

/**
 * How a user reads their money: amounts in their primary currency, days in their time zone (an IANA
 * name such as {@code America/Sao_Paulo}).
 */
public record Profile(String primaryCurrency, ZoneId timeZone) {

  /** The profile of a user who never changed theirs. */
  public static final Profile DEFAULT = new Profile("EUR", ZoneId.of("UTC"));
}
