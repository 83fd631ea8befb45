package dev.ecomops.core.validation;

import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Run in a fresh JVM by {@link ValidatorBannerTest}: builds a validator our way, or bare. */
final class BannerProbe {
  private BannerProbe() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("bare")) {
      Validation.byProvider(HibernateValidator.class).configure()
          .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    } else {
      EcomopsValidation.newValidator();
    }
    System.out.println("built");
  }
}
