package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Test data: valid bulk submissions paid from the organization account FR76... to real-shaped
 * counterparties, as the edge would have parsed them.
 */
public final class BulkCommands {

  public static final String ORGANIZATION_IBAN = "FR7630006000011234567890189";
  public static final String ORGANIZATION_BIC = "QNTOFRP1XXX";

  /** IBAN and BIC of the counterparties, paid in turn. */
  public static final List<String[]> COUNTERPARTIES =
      List.of(
          new String[] {"DE89370400440532013000", "DEUTDEFFXXX"},
          new String[] {"GB33BUKB20201555555555", "BUKBGB22XXX"},
          new String[] {"NL91ABNA0417164300", "ABNANL2AXXX"},
          new String[] {"ES9121000418450200051332", "CAIXESBBXXX"});

  private static final Currency EUR = Currency.getInstance("EUR");

  private BulkCommands() {}

  /**
   * {@code count} partial-mode transfers of {@code (i + 1).50} EUR each, under a fresh idempotency
   * key.
   */
  public static Builder aBulkOf(int count) {
    return new Builder(count);
  }

  /** The sum of {@link #aBulkOf}'s amounts, in cents. */
  public static long totalCents(int count) {
    long total = 0;
    for (int index = 0; index < count; index++) {
      total += (index + 1) * 100L + 50;
    }
    return total;
  }

  /** A submission to adjust before {@link #build}. */
  public static final class Builder {

    private final List<CreditTransfer> transfers = new ArrayList<>();
    private String idempotencyKey = UUID.randomUUID().toString();
    private String organizationIban = ORGANIZATION_IBAN;
    private String organizationBic = ORGANIZATION_BIC;
    private BulkMode mode = BulkMode.PARTIAL;
    private Optional<URI> webhookUrl = Optional.empty();

    private Builder(int count) {
      for (int index = 0; index < count; index++) {
        String[] counterparty = COUNTERPARTIES.get(index % COUNTERPARTIES.size());
        transfers.add(
            new CreditTransfer(
                index,
                Optional.of("T-" + index),
                new Money((index + 1) * 100L + 50, EUR),
                "Supplier " + index,
                counterparty[1],
                counterparty[0],
                Optional.of("Invoice 2026/" + index)));
      }
    }

    public Builder key(String value) {
      idempotencyKey = value;
      return this;
    }

    public Builder from(String iban, String bic) {
      organizationIban = iban;
      organizationBic = bic;
      return this;
    }

    public Builder mode(BulkMode value) {
      mode = value;
      return this;
    }

    public Builder webhook(String url) {
      webhookUrl = Optional.of(URI.create(url));
      return this;
    }

    /** Changes the amount of one transfer, in cents. */
    public Builder amountAt(int index, long cents) {
      CreditTransfer transfer = transfers.get(index);
      transfers.set(
          index,
          new CreditTransfer(
              index,
              transfer.clientTransferId(),
              new Money(cents, EUR),
              transfer.counterpartyName(),
              transfer.counterpartyBic(),
              transfer.counterpartyIban(),
              transfer.description()));
      return this;
    }

    /** Pays one transfer to another counterparty. */
    public Builder counterpartyAt(int index, String iban, String bic) {
      CreditTransfer transfer = transfers.get(index);
      transfers.set(
          index,
          new CreditTransfer(
              index,
              transfer.clientTransferId(),
              transfer.amount(),
              transfer.counterpartyName(),
              bic,
              iban,
              transfer.description()));
      return this;
    }

    /**
     * The submission; its fingerprint, like the edge's, is the same exactly when the content is.
     */
    public SubmitBulkCommand build() {
      String fingerprint =
          Integer.toHexString(
              Objects.hash(organizationIban, organizationBic, mode, webhookUrl, transfers));
      return new SubmitBulkCommand(
          idempotencyKey,
          organizationBic,
          organizationIban,
          mode,
          webhookUrl,
          transfers,
          fingerprint);
    }
  }
}
