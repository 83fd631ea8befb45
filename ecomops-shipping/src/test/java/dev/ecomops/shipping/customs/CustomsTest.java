package dev.ecomops.shipping.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Customs, duties and landed cost")
class CustomsTest {
  static final TariffTable TARIFF = TariffTable.builder()
      .duty("GB", "6109", new BigDecimal("0.12")).duty("GB", "61", new BigDecimal("0.08"))
      .tax("GB", new BigDecimal("0.20"))
      .deMinimis("GB", Money.of("135.00", "GBP"), Money.of("0.00", "GBP")).build();

  static CustomsLine tees(long n) {
    return new CustomsLine("Cotton T-shirt", "6109.10.00", "PT", n, Money.of("20.00", "GBP"), Weight.of("0.2", WeightUnit.KG));
  }

  static CustomsLine hoodie() {
    return new CustomsLine("Cotton hoodie", "611020", "PT", 1, Money.of("60.00", "GBP"), Weight.of("0.6", WeightUnit.KG));
  }

  @Test
  @DisplayName("worked by hand: duty by the longest HS prefix above the de minimis, VAT on goods + shipping + duty")
  void landedCost() {
    // goods 5 × 20 + 60 = 160 > 135: duty 100 × 12% + 60 × 8% = 12 + 4.80; VAT 20% of (160 + 10 + 16.80) = 37.36
    CustomsDeclaration d = new CustomsDeclaration("S1", "GB", Incoterm.DDP, List.of(tees(5), hoodie()));
    LandedCost c = LandedCost.quote(d, Money.of("10.00", "GBP"), TARIFF);
    assertThat(c.duty()).isEqualTo(Money.of("16.80", "GBP"));
    assertThat(c.tax()).isEqualTo(Money.of("37.36", "GBP"));
    assertThat(c.total()).isEqualTo(Money.of("224.16", "GBP"));
    assertThat(c.atCheckout()).isEqualTo(c.total());
    assertThat(c.onDelivery()).isEqualTo(Money.of("0.00", "GBP"));
    // DAP: the customer pays duty and tax at the door
    LandedCost dap = LandedCost.quote(new CustomsDeclaration("S1", "GB", Incoterm.DAP, d.lines()), Money.of("10.00", "GBP"),
        TARIFF);
    assertThat(dap.onDelivery()).isEqualTo(Money.of("54.16", "GBP"));
    assertThat(dap.atCheckout()).isEqualTo(Money.of("170.00", "GBP"));
    // 3 tees, 60 ≤ 135: no duty, VAT still (its de minimis is 0): 20% of 70
    LandedCost small = LandedCost.quote(new CustomsDeclaration("S2", "GB", Incoterm.DDP, List.of(tees(3))),
        Money.of("10.00", "GBP"), TARIFF);
    assertThat(small.duty().isZero()).isTrue();
    assertThat(small.tax()).isEqualTo(Money.of("14.00", "GBP"));
  }

  @Test
  @DisplayName("HS codes must be 6 to 10 digits; the declaration checks currency and countries, naming the field")
  void checks() {
    assertThatThrownBy(() -> new CustomsLine("Tee", "6109", "PT", 1, Money.of("1.00", "GBP"), Weight.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("hsCode");
    assertThatThrownBy(() -> new CustomsLine("Tee", "61091000001", "PT", 1, Money.of("1.00", "GBP"), Weight.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("hsCode");
    assertThat(tees(1).hsCode()).isEqualTo("61091000");
    assertThatThrownBy(() -> new CustomsDeclaration("S", "GB", Incoterm.DAP, List.of(tees(1),
        new CustomsLine("Mug", "691200", "CN", 1, Money.of("5.00", "EUR"), Weight.ZERO))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> new CustomsDeclaration("S", "GBR", Incoterm.DAP, List.of(tees(1))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("destinationCountry");
  }

  @Test
  @DisplayName("the commercial invoice lists every line with its HS code and escapes what it prints")
  void invoice() {
    CustomsDeclaration d = new CustomsDeclaration("S<1>", "GB", Incoterm.DAP,
        List.of(tees(5), new CustomsLine("Mugs & <cups>", "691200", "CN", 2, Money.of("5.00", "GBP"), Weight.of("0.4",
            WeightUnit.KG))));
    Address seller = Address.builder().line1("1 Rua Augusta").city("Lisboa").postalCode("1100-048").country("PT").build();
    Address buyer = Address.builder().line1("10 Downing St").city("London").postalCode("SW1A 2AA").country("GB").build();
    String html = CommercialInvoice.html(d, seller, buyer, LocalDate.parse("2026-11-26"));
    assertThat(html).contains("61091000", "691200", "Mugs &amp; &lt;cups&gt;", "S&lt;1&gt;", "DAP", "London")
        .doesNotContain("<cups>");
  }
}
