package com.finflow.personal;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list, newest recorded first, and the id after which the next page starts (empty on
 * the last page).
 */
public record TransactionPage(List<Transaction> items, Optional<String> after) {}
