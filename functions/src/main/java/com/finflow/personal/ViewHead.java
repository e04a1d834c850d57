package com.finflow.personal;

import java.time.Instant;

/**
 * Which view of a user's analytics is current: the profile it was computed for, the last write it
 * reflects ({@code asOf}), and its generation, under which its entries are kept.
 */
public record ViewHead(Profile profile, Instant asOf, String generation) {}
