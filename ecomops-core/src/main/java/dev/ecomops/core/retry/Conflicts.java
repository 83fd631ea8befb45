package dev.ecomops.core.retry;

import java.util.ConcurrentModificationException;
import java.util.Optional;

/** What services do when a store's answer contradicts itself. */
public final class Conflicts {
  private Conflicts() {}

  /**
   * The record a conditional insert found in its way: a store that refused an insert must hold
   * the record it collided with. When it does not (a store that answered a conflict it did not
   * have), the write is reported as a lost race, which the caller retries, rather than as a
   * missing value.
   *
   * @param found what the store returns for the id after refusing the insert
   * @param what the kind of record, for the message
   * @param id its id, for the message
   * @return the stored record
   * @throws ConcurrentModificationException if the store holds none; nothing was written
   */
  public static <T> T stored(Optional<T> found, String what, Object id) {
    return found.orElseThrow(() -> new ConcurrentModificationException(what + " " + id
        + ": the store refused the insert but holds no such record; nothing was written, retry"));
  }
}
