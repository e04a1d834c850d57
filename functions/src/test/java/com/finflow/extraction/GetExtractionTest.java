package com.finflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.failure.Category;
import org.junit.jupiter.api.Test;

class GetExtractionTest {

  private final InMemoryExtractionStore store = new InMemoryExtractionStore();
  private final GetExtraction getExtraction = new GetExtraction(store);

  @Test
  void answersWhereTheOrganizationsExtractionStands() {
    store.pending("org-1", "extraction-1");

    assertThat(getExtraction.get("org-1", "extraction-1")).isEqualTo(ExtractionState.pending());
  }

  @Test
  void anotherOrganizationsExtractionIsNotFoundLikeOneThatNeverExisted() {
    store.pending("org-1", "extraction-1");

    NoSuchExtraction another =
        catchThrowableOfType(
            NoSuchExtraction.class, () -> getExtraction.get("org-2", "extraction-1"));
    NoSuchExtraction unknown =
        catchThrowableOfType(
            NoSuchExtraction.class, () -> getExtraction.get("org-1", "extraction-2"));

    assertThat(another.category()).isEqualTo(Category.NOT_FOUND);
    assertThat(another).hasMessage("no extraction with this id (results are kept 24 hours)");
    assertThat(unknown).hasMessage(another.getMessage());
  }
}
