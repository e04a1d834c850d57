package com.finflow.personal;

import com.finflow.shared.failure.Conflict;

/** Others kept changing the same item while this change was being made; trying again may work. */
public final class ChangedMeanwhile extends Conflict {

  public ChangedMeanwhile() {
    super("the item kept changing while this request was applied; try again");
  }
}
