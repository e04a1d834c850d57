package com.finflow.personal.adapters;

import com.finflow.personal.RefreshRequests;
import com.finflow.shared.Json;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Refresh requests on the analytics queue: {@code {"user_id", "written_at"}}. */
final class SqsRefreshRequests implements RefreshRequests {

  private final SqsClient sqs;
  private final String queueUrl;

  SqsRefreshRequests(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void request(String userId, Instant writtenAt) {
    sqs.sendMessage(
        send ->
            send.queueUrl(queueUrl)
                .messageBody(
                    Json.write(Map.of("user_id", userId, "written_at", writtenAt.toString()))));
  }
}
