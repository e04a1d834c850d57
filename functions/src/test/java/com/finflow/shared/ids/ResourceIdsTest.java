package com.finflow.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.finflow.shared.failure.FieldError;
import com.finflow.shared.failure.InvalidInput;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdsTest {

  private static final String ID = "5b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b";
  private static final String DELIVERY = "bulk.settled:" + ID;

  @Test
  void readsAUuidInTheLowerCaseFormFinflowIssues() {
    assertThat(ResourceIds.uuid(ID)).contains(ID);
    assertThat(ResourceIds.uuid(ID.toUpperCase(Locale.ROOT))).contains(ID);
    assertThat(ID).matches(ResourceIds.UUID_PATTERN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uuidLookalikes")
  void refusesAUuidSpelledWithOtherScriptsOrInvisibleCharacters(String kind, String text) {
    assertThat(ResourceIds.uuid(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "extraction-1",
        "5b1f0c9e2f4a4d8e9a3b7c6d5e4f3a2b",
        "../" + ID,
        ID + "/..",
        ID + "\n",
        "{5b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b}",
        "' OR 1=1 --"
      })
  void refusesWhatIsNotAUuid(String text) {
    assertThat(ResourceIds.uuid(text)).isEmpty();
  }

  @Test
  void acceptsDeliveryIdsAndClientIdsOfAsciiLettersDigitsAndPunctuation() {
    assertThat(ResourceIds.isToken(DELIVERY, 128)).isTrue();
    assertThat(ResourceIds.isToken("org_123-a.b", 64)).isTrue();
    assertThat(ResourceIds.isToken("a".repeat(65), 64)).isFalse();
    assertThat(ResourceIds.isToken("", 64)).isFalse();
    assertThat(ResourceIds.isToken(".hidden", 64)).isFalse();
    assertThat(ResourceIds.isToken("../etc/passwd", 64)).isFalse();
    assertThat(ResourceIds.isToken("a b", 64)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deliveryLookalikes")
  void refusesADeliveryIdSpelledWithOtherScriptsOrInvisibleCharacters(String kind, String text) {
    assertThat(ResourceIds.isToken(text, 128)).isFalse();
  }

  @Test
  void namesThePathParameterItRefuses() {
    InvalidInput invalid =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                ResourceIds.uuidInPath(
                    Map.of("bulk_id", "٥b1f0c9e-2f4a-4d8e-9a3b-7c6d5e4f3a2b"), "bulk_id"));
    InvalidInput token =
        catchThrowableOfType(
            InvalidInput.class,
            () ->
                ResourceIds.tokenInPath(
                    Map.of("delivery_id", "bulk.settled:\u200B"), "delivery_id"));

    assertThat(invalid.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactly("/path/bulk_id");
    assertThat(token.fieldErrors())
        .extracting(FieldError::pointer)
        .containsExactly("/path/delivery_id");
    assertThat(ResourceIds.uuidInPath(Map.of("bulk_id", ID.toUpperCase(Locale.ROOT)), "bulk_id"))
        .isEqualTo(ID);
    assertThat(ResourceIds.tokenInPath(Map.of("delivery_id", DELIVERY), "delivery_id"))
        .isEqualTo(DELIVERY);
  }

  static Stream<Arguments> uuidLookalikes() {
    return Lookalikes.of(ID);
  }

  static Stream<Arguments> deliveryLookalikes() {
    return Lookalikes.of(DELIVERY);
  }
}
