package com.finflow.extraction.adapters;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** A DynamoDB that passes item reads and writes on to a real one and counts the reads. */
final class CountingDynamoDb implements DynamoDbClient {

  private final DynamoDbClient dynamoDb;
  private int reads;

  CountingDynamoDb(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  int reads() {
    return reads;
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    reads++;
    return dynamoDb.getItem(request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return dynamoDb.putItem(request);
  }

  @Override
  public String serviceName() {
    return dynamoDb.serviceName();
  }

  @Override
  public void close() {}
}
