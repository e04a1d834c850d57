package com.finflow.cashflow;

/** Figures to add to one aggregate, in one write. */
public record AggregateUpdate(AggregateKey key, Figures figures) {}
