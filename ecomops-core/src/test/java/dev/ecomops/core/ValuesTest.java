package dev.ecomops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.validation.EcomopsValidation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Address, Product and validation")
class ValuesTest {
  static final Validator VALIDATOR = EcomopsValidation.newValidator();

  static Address address(String line1, String city, String postalCode, String country) {
    return Address.builder().name("Ada Lovelace").line1(line1).city(city).postalCode(postalCode).country(country)
        .phone("+33 1 23 45 67 89").build();
  }

  static Address address() {
    return address("12 Rue de Rivoli", "Paris", "75001", "FR");
  }

  @Test
  @DisplayName("toString redacts the recipient's personal data")
  void address_redacted() {
    String s = address().toString();
    assertThat(s).doesNotContain("Ada").doesNotContain("Rivoli").doesNotContain("+33").contains("Paris");
  }

  @Test
  @DisplayName("country codes and national postal formats are checked")
  void address_rules() {
    assertThatThrownBy(() -> address("1 Rue", "Paris", "75001", "XX")).hasMessageContaining("country: must be an ISO 3166-1");
    assertThatThrownBy(() -> address("1 Rue", "Paris", "7500", "FR")).hasMessageContaining("postalCode: must match the FR format");
    assertThat(Address.builder().line1("1 Main St").city("Springfield").postalCode("62704-1234").country("US").build().country())
        .isEqualTo("US");
  }

  @Test
  @DisplayName("the validator reports every violation with its path, sorted, without Jakarta EL")
  void validation_listsEveryViolation() {
    Address bad = address(" ", "", "75001", "FR");
    assertThatThrownBy(() -> EcomopsValidation.validate(VALIDATOR, bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations()).extracting(ValidationException.Violation::path).containsExactly("city", "line1");
      assertThat(e.getMessage()).isEqualTo("city: must not be blank (was )\nline1: must not be blank (was  )");
    });
  }

  @Test
  @DisplayName("the shared validator is one instance, configured like a new one")
  void validation_shared() {
    assertThat(EcomopsValidation.shared()).isSameAs(EcomopsValidation.shared());
    Address bad = address(" ", "", "75001", "FR");
    assertThatThrownBy(() -> EcomopsValidation.validate(EcomopsValidation.shared(), bad))
        .hasMessage("city: must not be blank (was )\nline1: must not be blank (was  )");
  }

  @Test
  @DisplayName("product rules: HS code format, one currency, lots required for shelf life")
  void product_rules() {
    Product p = Product.builder().sku(Sku.of("A")).name("A").hsCode("12AB").build();
    assertThatThrownBy(() -> EcomopsValidation.validate(VALIDATOR, p)).hasMessageContaining("hsCode").hasMessageContaining("6 to 10 digits");
    assertThatThrownBy(() -> Product.builder().sku(Sku.of("A")).name("A").unitCost(Money.of("1", "EUR"))
        .price(Money.of("2", "USD")).build()).hasMessageContaining("price: must be in the currency of unitCost");
    assertThatThrownBy(() -> Product.builder().sku(Sku.of("A")).name("A").shelfLifeDays(5).build())
        .hasMessageContaining("lotTracked");
    assertThat(Product.builder().sku(Sku.of("M")).name("Milk").lotTracked(true).shelfLifeDays(5).build().lotConsumption())
        .isEqualTo(LotConsumption.FEFO);
  }
}
