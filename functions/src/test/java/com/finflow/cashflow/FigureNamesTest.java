package com.finflow.cashflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FigureNamesTest {

  @Test
  void anInstantsNameFitsTwelveBytesWithTheTwoByteFigurePrefix() {
    for (String at :
        new String[] {"1900-01-01T00:00:00Z", "2024-03-01T00:12:34Z", "4999-12-31T23:59:59.999Z"}) {
      assertThat(FigureNames.momentCount(Instant.parse(at))).as(at).hasSizeLessThanOrEqualTo(10);
      assertThat(FigureNames.momentNet(Instant.parse(at))).as(at).hasSizeLessThanOrEqualTo(10);
    }
  }

  @Test
  void everyInstantReadsBackFromItsNameInEitherSpelling() {
    for (String at :
        new String[] {
          "1900-01-01T00:00:00Z",
          "1899-12-31T23:59:59Z",
          "2022-03-01T09:59:59.999Z",
          "2024-03-01T00:00:00.000001Z",
          "2024-02-29T23:59:59Z",
          "5100-01-01T00:00:00Z"
        }) {
      Instant instant = Instant.parse(at);
      assertThat(FigureNames.momentOf(FigureNames.momentCount(instant))).isEqualTo(instant);
      assertThat(FigureNames.momentOf(FigureNames.momentNet(instant))).isEqualTo(instant);
      // As earlier versions wrote it.
      assertThat(FigureNames.momentOf(FigureNames.MOMENT_COUNT + instant)).isEqualTo(instant);
    }
  }

  @Test
  void aFigureBelongsToItsInstantsDayOrToItsDayOfTheMonth() {
    YearMonth march = YearMonth.of(2024, 3);
    Instant late = Instant.parse("2024-03-05T23:59:59.999Z");

    assertThat(FigureNames.dayOf(march, FigureNames.momentNet(late)))
        .isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(FigureNames.dayOf(march, FigureNames.MOMENT_NET + late))
        .isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(FigureNames.dayOf(march, FigureNames.dayIn(LocalDate.of(2024, 3, 31))))
        .isEqualTo(LocalDate.of(2024, 3, 31));
  }
}
