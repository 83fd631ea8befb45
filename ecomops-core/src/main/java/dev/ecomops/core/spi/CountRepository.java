package dev.ecomops.core.spi;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.inventory.CycleCount;
import java.util.List;
import java.util.Optional;

/**
 * Where cycle counts are kept between opening and posting, so a count survives a restart and any
 * node may record or post it.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.inventory.CountRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the count only if the stored version
 *       is {@code expectedVersion} (0: absent); of two concurrent saves against one version at most
 *       one succeeds. Reads return the count as saved, lines in order.
 *   <li><b>Events with the state.</b> A save's events are written to {@link #outbox()} in the same
 *       atomic step, exactly when the save succeeds.
 *   <li><b>Open counts listed.</b> {@link #open()} lists every stored count not posted.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface CountRepository {

  /**
   * Stores a count if the stored version is {@code expectedVersion} (0 for a new one), with the
   * events the change causes.
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(CycleCount count, long expectedVersion, List<EventEnvelope> events);

  /** A count by id, open or posted. */
  Optional<CycleCount> find(String id);

  /** Every count not yet posted, by id. */
  List<CycleCount> open();

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();
}
