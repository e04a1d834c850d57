package com.finflow.transfers.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.finflow.shared.banking.BankIdentifiers;
import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import com.finflow.shared.http.BodyFields;
import com.finflow.shared.http.RequestBodies;
import com.finflow.shared.http.RequestFingerprint;
import com.finflow.shared.money.Money;
import com.finflow.transfers.BulkMode;
import com.finflow.transfers.CreditTransfer;
import com.finflow.transfers.SubmitBulkCommand;
import com.finflow.transfers.TransferLimits;
import com.finflow.webhooks.WebhookAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code POST /transfers/bulk} into a {@link SubmitBulkCommand}, or refuses it with every
 * problem at once, each named by the JSON Pointer of its field. Nothing is written before the whole
 * bulk has been validated.
 */
public final class SubmitBulkRequest {

  /** The EPC basic Latin character set that every SEPA bank must carry unchanged. */
  static final String SEPA_CHARACTERS = "a-z A-Z 0-9 / - ? : ( ) . , ' + and space";

  static final String IDEMPOTENCY_KEY_HEADER = "idempotency-key";

  /** The largest body this route reads, as the API document says: 2 MiB, twice the default. */
  static final int MAX_BODY_BYTES = 2 * RequestBodies.DEFAULT_MAX_BYTES;

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Pattern OUTSIDE_SEPA = Pattern.compile("[^a-zA-Z0-9/\\-?:().,'+ ]");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("-?\\d+\\.\\d{3,}");
  // Generous enough for the printed form, which groups the 34 characters of the longest IBAN by
  // four.
  private static final int MAX_IBAN_INPUT = 42;
  private static final int MAX_BIC_INPUT = 14;
  private static final int MAX_WEBHOOK_URL = 2048;
  private static final int MAX_IDEMPOTENCY_KEY = 255;

  private static final String DECIMAL_STRING = "must be a decimal string such as \"100.00\"";

  private final TransferLimits limits;
  private final WebhookAddress webhookAddress;

  /**
   * @param webhookAddress where webhooks may go; checked here too, so a bad URL is refused before
   *     anything is written
   */
  public SubmitBulkRequest(TransferLimits limits, WebhookAddress webhookAddress) {
    if (limits.maxTransfers() < 1) {
      throw new IllegalArgumentException("a bulk must be allowed at least one transfer");
    }
    if (!limits.maxPerTransfer().currency().equals(EUR)) {
      throw new IllegalArgumentException(
          "SEPA transfer limits are in EUR, not " + limits.maxPerTransfer().currency());
    }
    this.limits = limits;
    this.webhookAddress = webhookAddress;
  }

  /** The validated submission of the request's body and {@code Idempotency-Key} header. */
  public SubmitBulkCommand parse(APIGatewayV2HTTPEvent request) {
    return parse(RequestBodies.objectOf(request, MAX_BODY_BYTES), idempotencyKeyHeaderOf(request));
  }

  /**
   * The validated submission; throws an {@link InvalidInput} listing every invalid field otherwise.
   */
  SubmitBulkCommand parse(JsonNode body, Optional<String> idempotencyKeyHeader) {
    if (!body.isObject()) {
      throw new InvalidInput(List.of(new FieldError("", "must be a JSON object")));
    }
    BodyFields fields = new BodyFields(body);
    Optional<String> requestId = requestId(fields);
    Optional<String> organizationIban = iban(fields, "organization_iban");
    Optional<String> organizationBic = bic(fields, "organization_bic", organizationIban);
    Optional<BulkMode> mode = mode(fields);
    Optional<URI> webhookUrl = webhookUrl(fields);
    List<Optional<CreditTransfer>> transfers =
        transfers(fields, fields.member("credit_transfers"), organizationIban);
    Optional<String> header = idempotencyKeyHeader.map(String::strip).filter(key -> !key.isEmpty());
    if (idempotencyKeyHeader.isPresent()
        && idempotencyKeyHeader.get().length() > MAX_IDEMPOTENCY_KEY) {
      // A header, not a body member: its pointer names it under /headers.
      fields
          .nested(body, "/headers")
          .reject(IDEMPOTENCY_KEY_HEADER, "must be at most " + MAX_IDEMPOTENCY_KEY + " characters");
    }
    fields.throwIfInvalid();
    // Without any recorded problem every value below is present; orElseThrow guards that invariant.
    return new SubmitBulkCommand(
        header.orElseGet(requestId::orElseThrow),
        organizationBic.orElseThrow(),
        organizationIban.orElseThrow(),
        mode.orElseThrow(),
        webhookUrl,
        transfers.stream().map(Optional::orElseThrow).toList(),
        RequestFingerprint.of(body));
  }

  private static Optional<String> idempotencyKeyHeaderOf(APIGatewayV2HTTPEvent request) {
    return Optional.ofNullable(request.getHeaders())
        .flatMap(
            headers ->
                headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(IDEMPOTENCY_KEY_HEADER))
                    .map(Map.Entry::getValue)
                    .filter(value -> value != null)
                    .findFirst());
  }

  private static Optional<String> requestId(BodyFields fields) {
    String text = fields.text("request_id", 36);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (!UUID.matcher(text).matches()) {
      fields.reject(
          "request_id", "must be a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"");
      return Optional.empty();
    }
    // One request, one idempotency key: the same UUID in other letter case is the same request.
    return Optional.of(text.toLowerCase(Locale.ROOT));
  }

  private static Optional<String> iban(BodyFields fields, String name) {
    String text = fields.text(name, MAX_IBAN_INPUT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String iban = BankIdentifiers.normalize(text);
    Optional<String> problem = BankIdentifiers.ibanProblem(iban);
    problem.ifPresent(detail -> fields.reject(name, detail));
    return problem.isPresent() ? Optional.empty() : Optional.of(iban);
  }

  /**
   * A valid BIC whose country (characters 5-6) is the country of the account it serves, when that
   * is known.
   */
  private static Optional<String> bic(BodyFields fields, String name, Optional<String> iban) {
    String text = fields.text(name, MAX_BIC_INPUT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String bic = BankIdentifiers.normalize(text);
    Optional<String> problem = BankIdentifiers.bicProblem(bic);
    if (problem.isPresent()) {
      fields.reject(name, problem.get());
      return Optional.empty();
    }
    String bicCountry = bic.substring(4, 6);
    Optional<String> ibanCountry = iban.map(valid -> valid.substring(0, 2));
    if (ibanCountry.isPresent() && !ibanCountry.get().equals(bicCountry)) {
      fields.reject(
          name,
          "is a BIC of country " + bicCountry + " but the IBAN is of country " + ibanCountry.get());
      return Optional.empty();
    }
    return Optional.of(bic);
  }

  private static Optional<BulkMode> mode(BodyFields fields) {
    Optional<String> text = fields.optionalText("mode", 32);
    if (text.isEmpty()) {
      // Either absent, or refused already by BodyFields, in which case the default is never used.
      return Optional.of(BulkMode.PARTIAL);
    }
    Optional<BulkMode> mode = BulkMode.fromWireName(text.get());
    if (mode.isEmpty()) {
      fields.reject("mode", "must be \"partial\" or \"all_or_nothing\"");
    }
    return mode;
  }

  private Optional<URI> webhookUrl(BodyFields fields) {
    Optional<String> text = fields.optionalText("webhook_url", MAX_WEBHOOK_URL);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<URI> url = WebhookAddress.absoluteUrl(text.get());
    if (url.isEmpty()) {
      fields.reject(
          "webhook_url",
          "must be an absolute https URL with a host, such as \"https://example.com/hooks\"");
      return Optional.empty();
    }
    Optional<String> refusal = webhookAddress.refusalOf(url.get());
    refusal.ifPresent(reason -> fields.reject("webhook_url", reason));
    return refusal.isEmpty() ? url : Optional.empty();
  }

  private List<Optional<CreditTransfer>> transfers(
      BodyFields fields, Optional<JsonNode> member, Optional<String> organizationIban) {
    String expected = "must be an array of 1 to " + limits.maxTransfers() + " credit transfers";
    if (member.isEmpty()) {
      fields.reject("credit_transfers", "is required");
      return List.of();
    }
    JsonNode array = member.get();
    if (!array.isArray() || array.isEmpty()) {
      fields.reject("credit_transfers", expected);
      return List.of();
    }
    if (array.size() > limits.maxTransfers()) {
      // Item errors would drown the one that matters, so the items of an oversized bulk are not
      // read.
      fields.reject("credit_transfers", expected + ", got " + array.size());
      return List.of();
    }
    BodyFields list = fields.nested(array, fields.pointerTo("credit_transfers"));
    Map<String, Integer> firstIndexOfId = new HashMap<>();
    List<Optional<CreditTransfer>> transfers = new ArrayList<>(array.size());
    for (int index = 0; index < array.size(); index++) {
      JsonNode item = array.get(index);
      String position = String.valueOf(index);
      if (!item.isObject()) {
        list.reject(position, "must be a credit transfer object");
        transfers.add(Optional.empty());
        continue;
      }
      BodyFields transfer = list.nested(item, list.pointerTo(position));
      transfers.add(transfer(transfer, index, organizationIban, firstIndexOfId, list));
    }
    return transfers;
  }

  private Optional<CreditTransfer> transfer(
      BodyFields fields,
      int index,
      Optional<String> organizationIban,
      Map<String, Integer> firstIndexOfId,
      BodyFields list) {
    Optional<String> clientTransferId = sepaText(fields, "transfer_id", 35, false);
    clientTransferId.ifPresent(
        id -> {
          Integer first = firstIndexOfId.putIfAbsent(id, index);
          if (first != null) {
            fields.reject(
                "transfer_id",
                "duplicates the transfer_id of " + list.pointerTo(String.valueOf(first)));
          }
        });
    Optional<Money> amount = amount(fields, fields.member("amount"));
    currency(fields);
    Optional<String> name = sepaText(fields, "counterparty_name", 70, true);
    Optional<String> iban = iban(fields, "counterparty_iban");
    Optional<String> bic = bic(fields, "counterparty_bic", iban);
    if (iban.isPresent() && iban.equals(organizationIban)) {
      fields.reject(
          "counterparty_iban", "must differ from organization_iban: a bulk pays other accounts");
    }
    Optional<String> description = sepaText(fields, "description", 140, false);
    if (amount.isEmpty() || name.isEmpty() || iban.isEmpty() || bic.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CreditTransfer(
            index, clientTransferId, amount.get(), name.get(), bic.get(), iban.get(), description));
  }

  private Optional<Money> amount(BodyFields fields, Optional<JsonNode> member) {
    if (member.isEmpty()) {
      fields.reject("amount", "is required");
      return Optional.empty();
    }
    JsonNode value = member.get();
    // A JSON number may already have lost cents to binary floating point in the caller's code.
    if (!value.isTextual()) {
      fields.reject("amount", DECIMAL_STRING);
      return Optional.empty();
    }
    String text = value.asText();
    if (TOO_MANY_DECIMALS.matcher(text).matches()) {
      fields.reject("amount", "must have at most 2 decimals");
      return Optional.empty();
    }
    Optional<Money> amount = Money.parse(text, EUR);
    if (amount.isEmpty()) {
      fields.reject("amount", DECIMAL_STRING);
    } else if (!amount.get().isPositive()) {
      fields.reject("amount", "must be greater than 0");
      return Optional.empty();
    } else if (limits.maxPerTransfer().isLessThan(amount.get())) {
      fields.reject("amount", "must be at most " + limits.maxPerTransfer().toDecimalString());
      return Optional.empty();
    }
    return amount;
  }

  private static void currency(BodyFields fields) {
    String currency = fields.text("currency", 32);
    if (!currency.isEmpty() && !currency.equals(EUR.getCurrencyCode())) {
      fields.reject("currency", "only EUR is supported for SEPA credit transfers");
    }
  }

  /**
   * Text of the SEPA character set; empty when absent (reported if required) or invalid (always
   * reported).
   */
  private static Optional<String> sepaText(
      BodyFields fields, String name, int maxLength, boolean required) {
    Optional<String> text =
        required
            ? Optional.of(fields.text(name, maxLength)).filter(value -> !value.isEmpty())
            : fields.optionalText(name, maxLength);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher outside = OUTSIDE_SEPA.matcher(text.get());
    if (outside.find()) {
      String character = Character.toString(text.get().codePointAt(outside.start()));
      fields.reject(
          name,
          "contains \""
              + character
              + "\"; only the SEPA character set is allowed: "
              + SEPA_CHARACTERS);
      return Optional.empty();
    }
    return text;
  }
}
