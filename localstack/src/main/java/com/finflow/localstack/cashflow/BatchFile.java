package com.finflow.localstack.cashflow;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * {@code batches.jsonl} read by line number in any order without holding it in memory: one pass
 * records where each line starts and how many rows it holds (its objects but the batch itself,
 * which rows do not nest).
 */
final class BatchFile implements AutoCloseable {

  private final FileChannel channel;
  private final long[] starts;
  private final int[] rows;
  private final int count;

  private BatchFile(FileChannel channel, long[] starts, int[] rows, int count) {
    this.channel = channel;
    this.starts = starts;
    this.rows = rows;
    this.count = count;
  }

  static BatchFile open(Path file) {
    long[] starts = new long[1024];
    int[] rows = new int[1024];
    int count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
      long position = 0;
      long lineStart = 0;
      int braces = 0;
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          byte b = buffer[i];
          if (b == '{') {
            braces++;
          } else if (b == '\n') {
            if (count == starts.length) {
              starts = Arrays.copyOf(starts, count * 2);
              rows = Arrays.copyOf(rows, count * 2);
            }
            starts[count] = lineStart;
            rows[count] = Math.max(0, braces - 1);
            count++;
            braces = 0;
            lineStart = position + i + 1;
          }
        }
        position += read;
      }
      starts = Arrays.copyOf(starts, count + 1);
      starts[count] = lineStart;
      return new BatchFile(FileChannel.open(file, StandardOpenOption.READ), starts, rows, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int batches() {
    return count;
  }

  int rows(int line) {
    return rows[line];
  }

  long totalRows() {
    long total = 0;
    for (int line = 0; line < count; line++) {
      total += rows[line];
    }
    return total;
  }

  /** The line's JSON, without its line feed; safe from several threads. */
  String line(int line) {
    int length = (int) (starts[line + 1] - starts[line] - 1);
    ByteBuffer bytes = ByteBuffer.allocate(length);
    try {
      while (bytes.hasRemaining()) {
        if (channel.read(bytes, starts[line] + bytes.position()) < 0) {
          throw new IOException("batches file shorter than indexed at line " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(bytes.array(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
