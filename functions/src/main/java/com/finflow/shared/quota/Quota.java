package com.finflow.shared.quota;

/**
 * An organization's allowance of one action per window ({@link RateLimit}), shared by every
 * container that takes from it.
 */
@FunctionalInterface
public interface Quota {

  /**
   * Counts one use by the organization in the current window.
   *
   * @throws TooManyRequests when the window's allowance is used up; nothing is counted then
   */
  void take(String organizationId);
}
