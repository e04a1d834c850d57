package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step being put together row by row: the groups as read and as changed so far, the entries to
 * write and remove, and the deltas. A row goes in only if the step still fits {@link
 * BatchLedger#MAX_STEP_ITEMS}.
 */
final class StepDraft {

  private final Map<GroupKey, Group> read;
  private final Map<GroupKey, Group> changed = new LinkedHashMap<>();
  private final List<QuarantinedRow> quarantined = new ArrayList<>();
  private final List<QuarantinedRow> released = new ArrayList<>();
  private final Deltas deltas = new Deltas();
  private final int fixedItems;
  private int extraItems;

  StepDraft(Map<GroupKey, Group> read, int fixedItems) {
    this.read = new HashMap<>(read);
    this.fixedItems = fixedItems;
  }

  Group group(GroupKey key) {
    Group group = changed.get(key);
    return group != null ? group : read.getOrDefault(key, Group.none());
  }

  /**
   * Adds the row's effect if the step still fits; false (and nothing added) otherwise. {@code
   * extraItems}: what else the row adds to the step (a release step's aggregate writes).
   */
  boolean tryAdd(RowEffect effect, int extraItems) {
    int more = extraItems;
    if (effect.group().isPresent() && !changed.containsKey(effect.group().get().key())) {
      more++;
    }
    for (QuarantinedRow row : effect.quarantined()) {
      more += row.items();
    }
    for (QuarantinedRow row : effect.released()) {
      more += quarantined.contains(row) ? -row.items() : row.items();
    }
    if (items() + more > BatchLedger.MAX_STEP_ITEMS && !isEmpty()) {
      return false;
    }
    effect.group().ifPresent(write -> changed.put(write.key(), write.after()));
    for (QuarantinedRow row : effect.released()) {
      // Written and removed in the same step: neither happens.
      if (!quarantined.remove(row)) {
        released.add(row);
      }
    }
    quarantined.addAll(effect.quarantined());
    deltas.addAll(effect.deltas());
    this.extraItems += extraItems;
    return true;
  }

  int items() {
    return fixedItems
        + extraItems
        + changed.size()
        + quarantined.stream().mapToInt(QuarantinedRow::items).sum()
        + released.stream().mapToInt(QuarantinedRow::items).sum();
  }

  boolean isEmpty() {
    return changed.isEmpty() && quarantined.isEmpty() && released.isEmpty();
  }

  List<GroupWrite> groupWrites() {
    List<GroupWrite> writes = new ArrayList<>();
    changed.forEach(
        (key, after) ->
            writes.add(new GroupWrite(key, read.getOrDefault(key, Group.none()), after)));
    return writes;
  }

  List<QuarantinedRow> quarantined() {
    return List.copyOf(quarantined);
  }

  List<QuarantinedRow> released() {
    return List.copyOf(released);
  }

  Deltas deltas() {
    return deltas;
  }
}
