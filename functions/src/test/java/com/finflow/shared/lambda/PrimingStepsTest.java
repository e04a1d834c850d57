package com.finflow.shared.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingStepsTest {

  private final PrimingSteps steps = new PrimingSteps();
  private final List<String> ran = new ArrayList<>();

  @Test
  void runsEachStepItsRoundsInTheOrderTheyWereAdded() {
    steps.add("client", () -> ran.add("client"), 1);
    steps.add("path", () -> ran.add("path"), Priming.PATH_ROUNDS);

    assertThat(steps.run()).isEqualTo(2);
    assertThat(ran).hasSize(1 + Priming.PATH_ROUNDS).startsWith("client", "path");
    assertThat(ran.subList(1, ran.size())).containsOnly("path");
  }

  @Test
  void skipsAFailingStepAndRunsTheRest() {
    steps.add(
        "broken",
        () -> {
          throw new IllegalStateException("no upstream");
        },
        3);
    steps.add("after", () -> ran.add("after"), 1);

    assertThat(steps.run()).isEqualTo(1);
    assertThat(ran).containsExactly("after");
  }

  @Test
  void skipsAStepNeedingAClassTheArtifactLeftOutAndRunsTheRest() {
    steps.add(
        "KmsClient",
        () -> {
          throw new NoClassDefFoundError("software/amazon/awssdk/services/kms/KmsClient");
        },
        1);
    steps.add("after", () -> ran.add("after"), 1);

    assertThat(steps.run()).isEqualTo(1);
    assertThat(ran).containsExactly("after");
  }

  @Test
  void runsAStepThatAnotherStepAddedWhileRunning() {
    steps.add(
        "builds a client",
        () -> {
          if (ran.isEmpty()) {
            steps.add("the client's own", () -> ran.add("client primed"), 1);
          }
          ran.add("built");
        },
        1);

    assertThat(steps.run()).isEqualTo(2);
    assertThat(ran).containsExactly("built", "client primed");
  }

  @Test
  void dropsWhatAStepKeptOnceItsRoundsAreOverEvenWhenOneFailed() {
    steps.add(
        "path",
        () -> {
          ran.add("round");
          if (ran.size() == 2) {
            throw new IllegalStateException("second round refused");
          }
        },
        Priming.PATH_ROUNDS,
        () -> ran.add("dropped"));
    steps.add("after", () -> ran.add("after"), 1);

    assertThat(steps.run()).isEqualTo(1);
    assertThat(ran).containsExactly("round", "round", "dropped", "after");
  }
}
