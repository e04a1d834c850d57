package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.finflow.shared.MutableClock;
import com.finflow.shared.ids.ResourceIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionIdsTest {

  @Test
  void areVersion7UuidsWhoseTextSortsByRecordingTime() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    TransactionIds ids = new TransactionIds(clock);
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      issued.add(ids.next());
      clock.advance(Duration.ofMillis(1));
    }

    assertThat(issued).isSorted().doesNotHaveDuplicates();
    assertThat(issued)
        .allSatisfy(
            id -> {
              assertThat(ResourceIds.uuid(id)).contains(id);
              assertThat(UUID.fromString(id).version()).isEqualTo(7);
            });
  }
}
