package dev.ecomops.core.spi;

/**
 * Issues ids for new entities (reservations, transfers, counts).
 *
 * <p>Contract: thread safe; never returns the same id twice for one prefix within the life of
 * the store it is used with; ids are 1 to 100 characters and start with {@code prefix}. Checked
 * by {@code dev.ecomops.testkit.event.IdGeneratorContract}.
 */
@FunctionalInterface
public interface IdGenerator {

  /**
   * A new id.
   *
   * @param prefix what the id is for, e.g. {@code R} for reservations
   * @return a unique id beginning with {@code prefix}
   */
  String nextId(String prefix);
}
