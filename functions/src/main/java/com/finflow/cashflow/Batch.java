package com.finflow.cashflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A batch of feed rows, as it came over HTTP or SQS. */
public record Batch(Source source, String batchId, List<FeedRow> rows) {

  public static final int MAX_ROWS = 5_000;
  public static final int MAX_BATCH_ID_LENGTH = 128;

  public Batch {
    rows = List.copyOf(rows);
  }

  /**
   * Identifies the batch's content (source and every row, in order): the same batch id with another
   * digest is another batch.
   */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, source.name());
      for (FeedRow row : rows) {
        update(sha, row.id());
        update(sha, row.payerIban());
        update(sha, row.beneficiaryIban());
        update(sha, row.amount());
        update(sha, row.currency());
        update(sha, row.timestamp());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // Length-prefixed, so that no two different rows give the same bytes.
  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
