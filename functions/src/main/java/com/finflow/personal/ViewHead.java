package com.finflow.personal;

import java.time.Instant;

/**
 * Which view of a user's analytics is current: the profile it was computed for, the last write it
 * reflects ({@code asOf}), its generation, under which its entries are kept, and how many of the
 * user's transactions it leaves out because no reference rate converts them (dated before the first
 * publication).
 */
public record ViewHead(Profile profile, Instant asOf, String generation, long unconverted) {}
