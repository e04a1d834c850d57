package com.finflow.identity;

import java.time.Duration;

/**
 * How many failed sign-ins are tolerated within a sliding window, per account and per source
 * address. The per-address limit is higher: many users may share one corporate egress address.
 */
public record LoginLimits(int perAccount, int perSourceAddress, Duration window) {

  public static final LoginLimits DEFAULT = new LoginLimits(5, 20, Duration.ofMinutes(15));
}
