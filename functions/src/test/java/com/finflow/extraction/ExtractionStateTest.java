package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.finflow.shared.failure.UpstreamFailed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionStateTest {

  @Test
  void aFailedExtractionKeepsTheDetailAndTheCategoryOfItsRefusal() {
    ExtractionState state =
        ExtractionState.failed(new ProviderFailed("GET /accounts answered 500"));

    assertThat(state.detail()).contains("the provider failed: GET /accounts answered 500");
    assertThat(state.problemType()).contains("upstream_failed");
    assertThat(state.finished()).isTrue();
  }

  @Test
  void aFailedExtractionKeepsTheCategoryRatherThanTheProblemTypeOfItsRefusal() {
    ExtractionState state =
        ExtractionState.failed(new ConsentRejected("CUSTOMER_MANUALLY_REJECTED"));

    assertThat(state.problemType()).contains("invalid_request");
  }

  @Test
  void onlyAPendingExtractionIsUnfinished() {
    assertThat(ExtractionState.pending().finished()).isFalse();
    assertThat(ExtractionState.pending().status().label()).isEqualTo("pending");
  }

  @Test
  void refusesAStateWhoseResultOrReasonDoesNotMatchItsStatus() {
    assertThatThrownBy(
            () ->
                new ExtractionState(
                    ExtractionState.Status.COMPLETED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ExtractionState(
                    ExtractionState.Status.PENDING,
                    Optional.empty(),
                    Optional.of("failed"),
                    Optional.of(new UpstreamFailed("x").category().name())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
