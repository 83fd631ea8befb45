package dev.ecomops.testkit.shipping;

import dev.ecomops.shipping.memory.InMemoryTrackingRepository;
import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A repository that ignores versions: the last writer wins. */
final class VersionBlindTrackingRepository implements TrackingRepository {
  private final InMemoryTrackingRepository real = new InMemoryTrackingRepository();

  @Override
  public boolean save(TrackedParcel parcel, long expectedVersion) {
    while (!real.save(parcel, real.find(parcel.trackingNumber()).map(TrackedParcel::version).orElse(0L))) {
      Thread.onSpinWait();
    }
    return true;
  }

  @Override
  public Optional<TrackedParcel> find(String trackingNumber) {
    return real.find(trackingNumber);
  }

  @Override
  public List<TrackedParcel> awaitingDelayCheck(LocalDate date) {
    return real.awaitingDelayCheck(date);
  }
}
