/**
 * Two small features written only to show that the architecture rules hold their ground: {@code
 * ledger} keeps the hexagon, {@code payments} breaks it on purpose (its inside calls its handler
 * and the AWS SDK, its adapter calls a handler) and {@code ledger} reaches into {@code payments}.
 * Never imported by production code.
 */
package com.finflow.architecture.sample;
