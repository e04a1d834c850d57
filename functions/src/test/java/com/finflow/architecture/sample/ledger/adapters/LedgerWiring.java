package com.finflow.architecture.sample.ledger.adapters;

import com.finflow.architecture.sample.ledger.RecordEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the sample use case on its adapter. */
public final class LedgerWiring {

  private LedgerWiring() {}

  public static RecordEntry recordEntry(DynamoDbClient dynamoDb) {
    return new RecordEntry(new DynamoLedger(dynamoDb));
  }
}
