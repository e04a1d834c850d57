package com.finflow.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every keeper of analytics views and write marks does, in memory or in DynamoDB. */
public abstract class AnalyticsViewsContract {

  private static final Profile PROFILE = new Profile("BRL", ZoneId.of("America/Sao_Paulo"));
  private static final Instant T1 = Instant.parse("2024-03-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2024-03-01T10:00:05Z");

  protected abstract AnalyticsViews views();

  protected abstract WriteMarks marks();

  @Test
  void aNewGenerationReplacesTheWholeViewAndEntriesComeBackByDay() {
    AnalyticsViews views = views();
    views.replace(
        "alice",
        new ViewHead(PROFILE, T1, "g1", 0),
        List.of(entry("2024-01-31"), entry("2024-02-01")));
    ViewHead second = new ViewHead(PROFILE, T2, "g2", 3);
    views.replace(
        "alice", second, List.of(entry("2024-01-31"), entry("2024-02-29"), entry("2024-03-01")));

    assertThat(views.head("alice")).contains(second);
    assertThat(views.entries("alice", second, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)))
        .extracting(ViewEntry::day)
        .containsExactlyInAnyOrder(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
    assertThat(views.entries("alice", second, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)))
        .containsExactlyInAnyOrder(entry("2024-01-31"), entry("2024-02-29"), entry("2024-03-01"));
    assertThat(views.head("bob")).isEmpty();
  }

  @Test
  void aViewOfAnEarlierWriteNeverReplacesOneOfALaterWrite() {
    AnalyticsViews views = views();
    ViewHead later = new ViewHead(PROFILE, T2, "late", 0);
    assertThat(views.replace("alice", later, List.of(entry("2024-02-01")))).isTrue();

    ViewHead early = new ViewHead(PROFILE, T1, "early", 0);
    assertThat(views.replace("alice", early, List.of(entry("2024-02-02")))).isFalse();
    assertThat(views.head("alice")).contains(later);
    assertThat(views.entries("alice", early, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .as("nothing of the refused generation is kept")
        .isEmpty();
    assertThat(views.entries("alice", later, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .hasSize(1);
  }

  @Test
  void theWriteMarkOnlyMovesForward() {
    WriteMarks marks = marks();
    marks.mark("alice", T2);
    marks.mark("alice", T1);

    assertThat(marks.lastWrite("alice")).contains(T2);
    assertThat(marks.lastWrite("bob")).isEmpty();
  }

  private static ViewEntry entry(String day) {
    return new ViewEntry(
        LocalDate.parse(day),
        "checking",
        "rent, \"home\" | 2",
        2,
        new BigInteger("123456789012345678901234"),
        1,
        BigInteger.valueOf(99));
  }
}
