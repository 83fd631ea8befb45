package dev.ecomops.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Numbered reservation ids")
class NumberedIdsTest {

  @Test
  @DisplayName("every number up to 18 digits prints and parses back to itself")
  void numbersRoundTrip() {
    qt().forAll(longs().between(0, 999_999_999_999_999_999L)).checkAssert(n -> {
      String text = NumberedIds.text(n);
      assertThat(text).isEqualTo("R-" + n);
      assertThat(NumberedIds.number(text)).isEqualTo(n);
    });
  }

  @Test
  @DisplayName("any text that parses prints back exactly, so keeping the number loses nothing")
  void parsedTextPrintsBack() {
    qt().forAll(strings().betweenCodePoints('+', 'S').ofLengthBetween(0, 22)).checkAssert(s -> {
      String text = "R-" + s;
      long n = NumberedIds.number(text);
      if (n != NumberedIds.NONE) {
        assertThat(NumberedIds.text(n)).isEqualTo(text);
      }
    });
  }

  @Test
  @DisplayName("text of any other shape is not a number")
  void otherShapes() {
    assertThat(NumberedIds.number("R-0")).isZero();
    assertThat(NumberedIds.number("R-120")).isEqualTo(120);
    for (String s : new String[] {"R-", "R-01", "R-00", "R--1", "R-+1", "R-1a", "r-1", "RR-1", "R-1 ", " R-1", "X-12",
        "R-1234567890123456789", "R-\u0661"}) {
      assertThat(NumberedIds.number(s)).as(s).isEqualTo(NumberedIds.NONE);
    }
  }
}
