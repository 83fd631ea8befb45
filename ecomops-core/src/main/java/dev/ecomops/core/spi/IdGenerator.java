package dev.ecomops.core.spi;

/**
 * Issues ids for new entities (reservations, transfers, counts).
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.event.IdGeneratorContract}:
 *
 * <ol>
 *   <li><b>Shape.</b> Ids start with {@code prefix} and are 1 to 100 characters.
 *   <li><b>Unique.</b> No id repeats for one prefix within the life of the store it is used with,
 *       across threads and, for a shared store, across nodes (a database sequence, a UUID).
 *   <li><b>Thread safe.</b> It may be called from many threads at once.
 * </ol>
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
