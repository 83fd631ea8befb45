package dev.ecomops.shipping.memory;

import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The embedded {@link TrackingRepository}: a {@link VersionedMap}. Thread safe. */
public final class InMemoryTrackingRepository implements TrackingRepository {
  private final VersionedMap<TrackedParcel> parcels = new VersionedMap<>(TrackedParcel::trackingNumber,
      TrackedParcel::version);

  @Override
  public boolean save(TrackedParcel parcel, long expectedVersion) {
    return parcels.save(parcel, expectedVersion);
  }

  @Override
  public Optional<TrackedParcel> find(String trackingNumber) {
    return parcels.find(trackingNumber);
  }

  @Override
  public List<TrackedParcel> awaitingDelayCheck(LocalDate date) {
    return parcels.values().stream().filter(p -> p.awaitingDelayCheck() && p.promised().isBefore(date))
        .sorted(Comparator.comparing(TrackedParcel::trackingNumber)).toList();
  }
}
