package com.finflow.localstack.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer DynamoDB gives a request over the table's provisioned throughput: 400 with the
 * namespaced error type in {@code __type} and no {@code x-amzn-ErrorType} header, which the AWS
 * SDKs recognise as a throttling error and retry.
 */
final class DynamoDbThrottling {

  static final String BODY =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
          + "\"message\":\"The level of configured provisioned throughput for the table was exceeded."
          + " Consider increasing your provisioning level with the UpdateTable API.\"}";

  private DynamoDbThrottling() {}

  static void answer(Response response, Callback callback) {
    response.setStatus(400);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-amz-json-1.0");
    response.getHeaders().put("x-amzn-RequestId", UUID.randomUUID().toString());
    response.write(true, ByteBuffer.wrap(BODY.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
