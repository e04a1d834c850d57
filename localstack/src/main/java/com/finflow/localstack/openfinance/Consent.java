package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's consent to share their data with one client. There is no customer to redirect to in
 * the sandbox: the consent waits for its authorisation delay, then the customer decides,
 * authorising it unless the CPF is one that rejects ({@link Cpf#rejectsConsents()}). An authorised
 * consent past its expiration date-time is rejected by the provider, as the spec says, with {@code
 * CONSENT_MAX_DATE_REACHED}.
 */
record Consent(
    String consentId,
    String clientId,
    Cpf cpf,
    List<String> permissions,
    Instant creation,
    Optional<Instant> expiration,
    Instant decision) {

  Consent {
    permissions = List.copyOf(permissions);
  }

  ConsentStatus status(Instant now) {
    // Undecided up to and including the decision instant: with no delay, the creating POST still
    // answers AWAITING.
    if (!now.isAfter(decision)) {
      return ConsentStatus.AWAITING_AUTHORISATION;
    }
    return cpf.rejectsConsents() || expired(now)
        ? ConsentStatus.REJECTED
        : ConsentStatus.AUTHORISED;
  }

  boolean permits(String permission) {
    return permissions.contains(permission);
  }

  private boolean expired(Instant now) {
    return expiration.map(at -> !now.isBefore(at)).orElse(false);
  }

  private Instant statusUpdate(Instant now) {
    if (!now.isAfter(decision)) {
      return creation;
    }
    if (!cpf.rejectsConsents() && expired(now)) {
      return expiration.orElseThrow().isAfter(decision) ? expiration.orElseThrow() : decision;
    }
    return decision;
  }

  /**
   * The consent's {@code data} object as {@code GET /consents/{consentId}} shows it at {@code now}.
   */
  Map<String, Object> toJson(Instant now) {
    ConsentStatus status = status(now);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("consentId", consentId);
    data.put("creationDateTime", WireTime.seconds(creation));
    data.put("status", status.name());
    data.put("statusUpdateDateTime", WireTime.seconds(statusUpdate(now)));
    data.put("permissions", permissions);
    expiration.ifPresent(at -> data.put("expirationDateTime", WireTime.seconds(at)));
    if (status == ConsentStatus.REJECTED) {
      data.put(
          "rejection",
          cpf.rejectsConsents()
              ? rejection(
                  "USER",
                  "CUSTOMER_MANUALLY_REJECTED",
                  "O cliente rejeitou o consentimento (CPF de teste 999).")
              : rejection(
                  "ASPSP",
                  "CONSENT_MAX_DATE_REACHED",
                  "O consentimento atingiu a data de expiração."));
    }
    return data;
  }

  private static Map<String, Object> rejection(
      String rejectedBy, String code, String additionalInformation) {
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("code", code);
    reason.put("additionalInformation", additionalInformation);
    Map<String, Object> rejection = new LinkedHashMap<>();
    rejection.put("rejectedBy", rejectedBy);
    rejection.put("reason", reason);
    return rejection;
  }
}
