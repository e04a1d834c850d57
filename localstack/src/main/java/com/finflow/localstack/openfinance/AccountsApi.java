package com.finflow.localstack.openfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts API v2: {@code GET /open-banking/accounts/v2/accounts}, {@code
 * .../accounts/{accountId}/balances} and {@code .../accounts/{accountId}/transactions}, for the
 * customer of an authorised consent.
 *
 * <p>Real providers bind the consent to the access token (scope {@code consent:<consentId>},
 * obtained through the customer's redirect and an authorization code). The sandbox has no customer
 * to redirect, so a client-credentials token plus the consent id in the {@code x-consent-id} header
 * stands in for that binding.
 */
final class AccountsApi {

  static final String PATH = "/open-banking/accounts/v2/accounts";
  static final String CONSENT_HEADER = "x-consent-id";

  private final ConsentsApi consents;
  private final SandboxInstitution institution;

  AccountsApi(ConsentsApi consents, SandboxInstitution institution) {
    this.consents = consents;
    this.institution = institution;
  }

  ProviderAnswer accounts(ProviderRequest request, AccessToken token) {
    Optional<ProviderAnswer> recorded =
        withRecorded(
            request,
            token,
            "ACCOUNTS_READ",
            customer -> customer.accounts(Paging.of(request).page()));
    if (recorded.isPresent()) {
      return recorded.get();
    }
    return withCustomer(
        request,
        token,
        "ACCOUNTS_READ",
        customer -> {
          Paging paging = Paging.of(request, institution.largestPage());
          List<SandboxAccount> accounts = customer.accounts();
          return ProviderAnswer.ok(
              envelope(
                  paging.slice(accounts).stream().map(SandboxAccount::toJson).toList(),
                  paging.links(request, accounts.size(), true),
                  ProviderAnswer.meta(accounts.size(), paging.totalPages(accounts.size()))));
        });
  }

  ProviderAnswer balances(ProviderRequest request, AccessToken token, String accountId) {
    Optional<ProviderAnswer> recorded =
        withRecorded(
            request, token, "ACCOUNTS_BALANCES_READ", customer -> customer.balances(accountId));
    if (recorded.isPresent()) {
      return recorded.get();
    }
    return withAccount(
        request,
        token,
        "ACCOUNTS_BALANCES_READ",
        accountId,
        account ->
            ProviderAnswer.ok(
                envelope(
                    account.balancesJson(),
                    Map.of("self", request.selfLink()),
                    ProviderAnswer.meta(1, 1))));
  }

  /**
   * Transactions booked in the window, newest first. As accounts v2 defines this response, its meta
   * has only requestDateTime and its links no {@code last}: a client pages by following {@code
   * links.next} until it is absent.
   */
  ProviderAnswer transactions(ProviderRequest request, AccessToken token, String accountId) {
    Optional<ProviderAnswer> recorded =
        withRecorded(
            request,
            token,
            "ACCOUNTS_TRANSACTIONS_READ",
            customer -> customer.transactions(accountId, Paging.of(request).page()));
    if (recorded.isPresent()) {
      return recorded.get();
    }
    return withAccount(
        request,
        token,
        "ACCOUNTS_TRANSACTIONS_READ",
        accountId,
        account -> {
          BookingWindow window = BookingWindow.of(request, today());
          Paging paging = Paging.of(request, institution.largestPage());
          Optional<Boolean> credit = creditDebitIndicator(request);
          List<AccountTransaction> booked =
              account.transactions().stream()
                  .filter(transaction -> window.contains(transaction.bookingDate()))
                  .filter(
                      transaction ->
                          credit.map(wanted -> transaction.credit() == wanted).orElse(true))
                  .toList();
          return ProviderAnswer.ok(
              envelope(
                  paging.slice(booked).stream().map(AccountTransaction::toJson).toList(),
                  paging.links(request, booked.size(), false),
                  ProviderAnswer.metaRequestDateTimeOnly()));
        });
  }

  private ProviderAnswer withAccount(
      ProviderRequest request,
      AccessToken token,
      String permission,
      String accountId,
      java.util.function.Function<SandboxAccount, ProviderAnswer> answer) {
    return withCustomer(
        request,
        token,
        permission,
        customer ->
            customer
                .account(accountId)
                .map(answer)
                .orElseGet(
                    () ->
                        ProviderAnswer.notFound(
                            "no account " + accountId + " under this consent")));
  }

  /**
   * The answer of a customer recorded at a real institution, when the consent is theirs (or the
   * refusal of the consent); empty for a generated customer.
   */
  private Optional<ProviderAnswer> withRecorded(
      ProviderRequest request,
      AccessToken token,
      String permission,
      java.util.function.Function<RecordedCustomer, ProviderAnswer> answer) {
    ProviderAnswer decided =
        withCpf(
            request, token, permission, cpf -> institution.recorded(cpf).map(answer).orElse(null));
    return Optional.ofNullable(decided);
  }

  private ProviderAnswer withCustomer(
      ProviderRequest request,
      AccessToken token,
      String permission,
      java.util.function.Function<SandboxCustomer, ProviderAnswer> answer) {
    return withCpf(
        request, token, permission, cpf -> answer.apply(institution.customer(cpf, today())));
  }

  private ProviderAnswer withCpf(
      ProviderRequest request,
      AccessToken token,
      String permission,
      java.util.function.Function<Cpf, ProviderAnswer> answer) {
    Optional<String> consentId = request.header(CONSENT_HEADER);
    if (consentId.isEmpty()) {
      return ProviderAnswer.forbidden(
          "the sandbox needs the consent id in the " + CONSENT_HEADER + " header");
    }
    Optional<Consent> consent = consents.find(consentId.get(), token.clientId());
    if (consent.isEmpty()) {
      return ProviderAnswer.forbidden("no consent " + consentId.get() + " for this client");
    }
    ConsentStatus status = consent.get().status(Instant.now());
    if (status != ConsentStatus.AUTHORISED) {
      return ProviderAnswer.forbidden(
          "consent " + consentId.get() + " is " + status + ", not AUTHORISED");
    }
    if (!consent.get().permits(permission)) {
      return ProviderAnswer.forbidden(
          "consent " + consentId.get() + " does not grant " + permission);
    }
    try {
      return answer.apply(consent.get().cpf());
    } catch (InvalidParameter e) {
      return e.answer();
    }
  }

  private static Optional<Boolean> creditDebitIndicator(ProviderRequest request) {
    return request
        .queryParameter("creditDebitIndicator")
        .filter(value -> !value.isEmpty())
        .map(
            value ->
                switch (value) {
                  case "CREDITO" -> true;
                  case "DEBITO" -> false;
                  default ->
                      throw new InvalidParameter(
                          ProviderAnswer.badRequest(
                              "creditDebitIndicator is CREDITO or DEBITO: " + value));
                });
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static Map<String, Object> envelope(
      Object data, Map<String, Object> links, Map<String, Object> meta) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    body.put("links", links);
    body.put("meta", meta);
    return body;
  }
}
