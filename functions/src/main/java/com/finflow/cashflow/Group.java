package com.finflow.cashflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows seen so far for one {@link GroupKey}. With one distinct row, that row's state ({@code
 * member}): counted with its contribution, or waiting for a rate. With two or more, the group is a
 * batch payment and every row of it is quarantined.
 *
 * @param version 0 when nothing was stored; every write adds one
 */
public record Group(long version, List<RowRef> refs, Optional<Member> member) {

  public Group {
    refs = List.copyOf(refs);
  }

  public static Group none() {
    return new Group(0, List.of(), Optional.empty());
  }

  public boolean isBatchPayment() {
    return refs.size() > 1;
  }

  Group withFirst(Member first) {
    return new Group(version + 1, List.of(first.row().ref()), Optional.of(first));
  }

  Group withAnother(RowRef ref) {
    List<RowRef> more = new ArrayList<>(refs);
    more.add(ref);
    return new Group(version + 1, more, Optional.empty());
  }

  Group withMember(Member member) {
    return new Group(version + 1, refs, Optional.of(member));
  }

  /**
   * The one row of a group that is not a batch payment, and its contribution when it counts.
   *
   * @param row the row, under the rule it would carry if set aside
   */
  public record Member(QuarantinedRow row, Optional<Contribution> counted) {}
}
