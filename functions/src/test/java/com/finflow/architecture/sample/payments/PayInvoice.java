package com.finflow.architecture.sample.payments;

import com.finflow.architecture.sample.payments.lambda.PayInvoiceHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Broken on purpose: a use case that knows its handler and the AWS SDK. */
public final class PayInvoice {

  public String pay(DynamoDbClient dynamoDb) {
    return new PayInvoiceHandler().name() + dynamoDb.serviceName();
  }
}
