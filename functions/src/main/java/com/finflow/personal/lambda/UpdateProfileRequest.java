package com.finflow.personal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.personal.Currencies;
import com.finflow.personal.ProfileChange;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code PATCH /me/profile}: {@code primary_currency} (a listed ISO 4217 code) and {@code
 * time_zone} (an IANA time zone name such as {@code America/Sao_Paulo}), both optional.
 */
final class UpdateProfileRequest {

  static final int MAX_TIME_ZONE_LENGTH = 64;

  // Region names only: a fixed offset such as "+02:00" has no daylight saving time, so it would
  // put some of a user's transactions on the wrong day.
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  private UpdateProfileRequest() {}

  static ProfileChange parse(JsonNode body) {
    if (body.isEmpty()) {
      throw InvalidInput.of("", "must hold at least one member to change");
    }
    BodyFields fields = new BodyFields(body);
    Optional<String> currency = fields.optionalText("primary_currency", 3);
    if (currency.isPresent() && Currencies.of(currency.get()).isEmpty()) {
      fields.reject(
          "primary_currency", "must be the ISO 4217 code of a listed currency, such as EUR");
    }
    Optional<String> zone = fields.optionalText("time_zone", MAX_TIME_ZONE_LENGTH);
    if (zone.isPresent() && !ZONES.contains(zone.get())) {
      fields.reject("time_zone", "must be an IANA time zone name, such as \"America/Sao_Paulo\"");
    }
    fields.throwIfInvalid();
    return new ProfileChange(currency, zone.map(ZoneId::of));
  }
}
