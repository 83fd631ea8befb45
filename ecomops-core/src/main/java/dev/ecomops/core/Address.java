package dev.ecomops.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A postal address. The recipient's name, street lines and phone are personal data: they are
 * redacted from {@code toString} so logs never carry them.
 *
 * <p>Structural rules, checked on build: {@code country} is an ISO 3166-1 alpha-2 code, and the
 * postal code matches the national format for countries whose format is fixed (US, CA, GB, DE,
 * FR, NL, JP, AU, ES, IT, AT, CH, BE, SE, PL).
 */
@Value.Immutable
public abstract class Address {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Map<String, Pattern> POSTAL = Map.ofEntries(
      Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")),
      Map.entry("CA", Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d")),
      Map.entry("GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}")),
      Map.entry("DE", Pattern.compile("\\d{5}")),
      Map.entry("FR", Pattern.compile("\\d{5}")),
      Map.entry("ES", Pattern.compile("\\d{5}")),
      Map.entry("IT", Pattern.compile("\\d{5}")),
      Map.entry("NL", Pattern.compile("\\d{4} ?[A-Z]{2}")),
      Map.entry("JP", Pattern.compile("\\d{3}-?\\d{4}")),
      Map.entry("AU", Pattern.compile("\\d{4}")),
      Map.entry("AT", Pattern.compile("\\d{4}")),
      Map.entry("CH", Pattern.compile("\\d{4}")),
      Map.entry("BE", Pattern.compile("\\d{4}")),
      Map.entry("SE", Pattern.compile("\\d{3} ?\\d{2}")),
      Map.entry("PL", Pattern.compile("\\d{2}-\\d{3}")));

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Address}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableAddress.Builder {}

  /** The recipient, personal data (redacted in {@code toString}). */
  @Value.Redacted
  public abstract Optional<@Size(max = 200, message = "must be at most 200 characters") String> name();

  /** First street line, personal data. */
  @Value.Redacted
  @NotBlank(message = "must not be blank")
  @Size(max = 200, message = "must be at most 200 characters")
  public abstract String line1();

  /** Second street line, personal data. */
  @Value.Redacted
  public abstract Optional<@Size(max = 200, message = "must be at most 200 characters") String> line2();

  /** City or locality. */
  @NotBlank(message = "must not be blank")
  @Size(max = 100, message = "must be at most 100 characters")
  public abstract String city();

  /** State, province or region code, where the country has them. */
  public abstract Optional<String> region();

  /** Postal code, upper case; empty for countries without postal codes. */
  public abstract Optional<String> postalCode();

  /** ISO 3166-1 alpha-2 country code, upper case, e.g. {@code DE}. */
  public abstract String country();

  /** Phone number, personal data. */
  @Value.Redacted
  public abstract Optional<String> phone();

  @Value.Check
  protected void check() {
    if (!COUNTRIES.contains(country())) {
      throw ValidationException.of("country", "must be an ISO 3166-1 alpha-2 code in upper case", country());
    }
    Pattern p = POSTAL.get(country());
    if (p != null) {
      String pc = postalCode().orElse("");
      if (!p.matcher(pc).matches()) {
        throw ValidationException.of("postalCode", "must match the " + country() + " format " + p.pattern(), pc);
      }
    }
  }
}
