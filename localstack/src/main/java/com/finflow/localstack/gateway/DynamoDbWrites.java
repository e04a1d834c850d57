package com.finflow.localstack.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Counts the items a DynamoDB write request asks to write, reading a copy of its body as the proxy
 * forwards it: the body itself passes through untouched.
 */
final class DynamoDbWrites {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SINGLE_ITEM = Set.of("PutItem", "UpdateItem", "DeleteItem");
  private static final Set<String> TRANSACT_WRITES = Set.of("Put", "Update", "Delete");

  private DynamoDbWrites() {}

  /** The request to forward: itself, or a wrapper that counts its items once its body is read. */
  static Request counted(Request request, String operation, GatewayTraffic traffic) {
    if (SINGLE_ITEM.contains(operation)) {
      traffic.countDynamoDbItemWrites(1);
      return request;
    }
    if (!operation.equals("BatchWriteItem") && !operation.equals("TransactWriteItems")) {
      return request;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    return new Request.Wrapper(request) {
      private boolean counted;

      @Override
      public Content.Chunk read() {
        Content.Chunk chunk = super.read();
        if (chunk == null || counted) {
          return chunk;
        }
        ByteBuffer bytes = chunk.getByteBuffer().asReadOnlyBuffer();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.write(copy, 0, copy.length);
        if (chunk.isLast()) {
          counted = true;
          traffic.countDynamoDbItemWrites(items(operation, body.toByteArray()));
        }
        return chunk;
      }
    };
  }

  static long items(String operation, byte[] body) {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      return 0;
    }
    long items = 0;
    if (operation.equals("BatchWriteItem")) {
      for (JsonNode writes : request.path("RequestItems")) {
        items += writes.size();
      }
    } else {
      for (JsonNode item : request.path("TransactItems")) {
        for (String kind : TRANSACT_WRITES) {
          if (item.has(kind)) {
            items++;
          }
        }
      }
    }
    return items;
  }
}
