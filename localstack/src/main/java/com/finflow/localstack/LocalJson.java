package com.finflow.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapper of the local stack: Jackson's defaults, because it reads and writes what AWS,
 * the simulated bank and the provider exchange, whose names are spelled out in trees and maps, not
 * derived from Java names.
 */
public final class LocalJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private LocalJson() {}
}
