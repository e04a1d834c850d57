package com.finflow.cashflow;

/** Where a feed's API key is kept: never in the table, never returned. */
public interface FeedSecrets {

  /** Stores the key for the organization's feed; answers the secret's name to read it by. */
  String store(String organizationId, String feedId, String apiKey);

  String read(String secretName);
}
