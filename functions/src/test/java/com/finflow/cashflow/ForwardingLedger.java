package com.finflow.cashflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A ledger that passes every call on, for a test to watch or change one of them. */
class ForwardingLedger implements BatchLedger {

  private final BatchLedger ledger;

  ForwardingLedger(BatchLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Claim claim(
      String organizationId, Source source, String batchId, String digest, int rows) {
    return ledger.claim(organizationId, source, batchId, digest, rows);
  }

  @Override
  public Claim.Open progress(String organizationId, String batchId) {
    return ledger.progress(organizationId, batchId);
  }

  @Override
  public void setAside(String organizationId, RefusedBatch refused) {
    ledger.setAside(organizationId, refused);
  }

  @Override
  public Map<GroupKey, Group> groups(String organizationId, Set<GroupKey> keys) {
    return ledger.groups(organizationId, keys);
  }

  @Override
  public boolean commitRows(String organizationId, RowStep step) {
    return ledger.commitRows(organizationId, step);
  }

  @Override
  public List<Deltas> journal(String organizationId, String batchId) {
    return ledger.journal(organizationId, batchId);
  }

  @Override
  public boolean commitTotals(String organizationId, TotalsStep step) {
    return ledger.commitTotals(organizationId, step);
  }

  @Override
  public HeldRows held(
      String organizationId, String currency, LocalDate from, Optional<String> cursor, int limit) {
    return ledger.held(organizationId, currency, from, cursor, limit);
  }

  @Override
  public boolean commitRelease(String organizationId, ReleaseStep step) {
    return ledger.commitRelease(organizationId, step);
  }
}
