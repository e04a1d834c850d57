package com.finflow.transfers;

import com.finflow.shared.money.Money;
import java.util.Optional;

/**
 * One validated SEPA credit transfer of a bulk.
 *
 * @param index position in the submitted list, which identifies the transfer within its bulk
 * @param clientTransferId the caller's own id, unique within the request, when given
 */
public record CreditTransfer(
    int index,
    Optional<String> clientTransferId,
    Money amount,
    String counterpartyName,
    String counterpartyBic,
    String counterpartyIban,
    Optional<String> description) {}
