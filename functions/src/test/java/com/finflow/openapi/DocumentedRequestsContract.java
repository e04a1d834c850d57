package com.finflow.openapi;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every parser of a feature's request bodies keeps with its schema in the API document: the
 * document's example parses, exactly the required members are required, every documented member is
 * read and any other refused.
 */
public abstract class DocumentedRequestsContract {

  /** The feature's parsers, each paired with the schema of the body it reads. */
  protected abstract List<RequestContract> contracts();

  @Test
  void acceptsTheExamplesOfTheDocument() {
    contracts().forEach(RequestContract::acceptsTheExample);
  }

  @Test
  void requiresWhatTheDocumentRequires() {
    contracts().forEach(RequestContract::requiresExactlyTheRequiredMembers);
  }

  @Test
  void readsEveryDocumentedMemberAndRefusesAnyOther() {
    contracts()
        .forEach(
            contract -> {
              contract.readsEveryDocumentedMember();
              contract.refusesAnUndocumentedMember();
            });
  }
}
