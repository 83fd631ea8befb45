package dev.ecomops.shipping.spi;

import dev.ecomops.core.Address;
import java.util.List;
import java.util.Optional;

/**
 * A carrier's view of an address.
 *
 * @param deliverable whether it can deliver there as written
 * @param suggestion a corrected address, when it has one
 * @param problems what is wrong, empty when deliverable
 */
public record AddressCheck(boolean deliverable, Optional<Address> suggestion, List<String> problems) {
  /** Copies the problems. */
  public AddressCheck {
    problems = List.copyOf(problems);
  }
}
