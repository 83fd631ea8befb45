package dev.ecomops.shipping.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the tracking state of parcels is kept, so a restart neither forgets a parcel nor sends a
 * notification twice, and several nodes may apply carrier events for one parcel.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.shipping.TrackingRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the parcel only if the stored
 *       version is {@code expectedVersion} (0: absent); of two concurrent saves against one version
 *       at most one succeeds. Reads return the parcel as saved.
 *   <li><b>Delay candidates.</b> {@link #awaitingDelayCheck(LocalDate)} lists exactly the stored
 *       parcels that are {@link TrackedParcel#awaitingDelayCheck() awaiting a delay check} and
 *       promised before the date.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface TrackingRepository {

  /**
   * Stores a parcel if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(TrackedParcel parcel, long expectedVersion);

  /** A parcel by tracking number. */
  Optional<TrackedParcel> find(String trackingNumber);

  /**
   * Parcels not delivered, not yet reported late and promised before {@code date}, by tracking
   * number.
   */
  List<TrackedParcel> awaitingDelayCheck(LocalDate date);
}
