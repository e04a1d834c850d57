package com.finflow.transfers;

import com.finflow.shared.money.Money;

/** Per-request limits: how many transfers one bulk may hold and how much one transfer may move. */
public record TransferLimits(int maxTransfers, Money maxPerTransfer) {}
