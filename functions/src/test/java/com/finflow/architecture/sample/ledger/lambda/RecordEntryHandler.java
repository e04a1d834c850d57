package com.finflow.architecture.sample.ledger.lambda;

import com.finflow.architecture.sample.ledger.RecordEntry;
import com.finflow.architecture.sample.ledger.adapters.LedgerWiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A handler that reaches its adapters only through the wiring. */
public final class RecordEntryHandler {

  private final RecordEntry useCase;

  public RecordEntryHandler(DynamoDbClient dynamoDb) {
    this.useCase = LedgerWiring.recordEntry(dynamoDb);
  }

  public void handle(String account, long minorUnits) {
    useCase.record(account, minorUnits);
  }
}
