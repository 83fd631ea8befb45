package dev.ecomops.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the ship-to key")
class ShipToKeyTest {
  /** Characters that make the rules matter: white space of every kind, controls, cases, a dotted capital I. */
  private static final char[] ALPHABET = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u001F', '\u00A0',
      '\u2028', 'a', 'B', 'z', '1', '|', '\u0130', '\u00DF', 'Ä'};

  @Test
  @DisplayName("property: equals lower case with white-space runs collapsed and trimmed, as the regular expression gives, for any text")
  void sameAsTheRegularExpression() {
    qt().withExamples(2_000).forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(codes -> {
          StringBuilder raw = new StringBuilder();
          codes.forEach(c -> raw.append(ALPHABET[c]));
          String text = raw.toString();
          assertThat(Order.key(text)).isEqualTo(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim());
        });
  }

  @Test
  @DisplayName("examples: spaces and case do not tell two addresses apart")
  void examples() {
    assertThat(Order.key("  1  Main\tSt |12345| US ")).isEqualTo("1 main st |12345| us");
    assertThat(Order.key("1 MAIN ST|12345|US")).isEqualTo("1 main st|12345|us");
  }
}
