package dev.ecomops.shipping.memory;

import dev.ecomops.core.memory.VersionedMap;
import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The embedded {@link TrackingRepository}: a {@link VersionedMap}, with the parcels awaiting a
 * delay check indexed by promised date (as the PostgreSQL store's partial index does), so a daily
 * check reads the parcels due, not every parcel ever tracked. Thread safe.
 */
public final class InMemoryTrackingRepository implements TrackingRepository {
  private final VersionedMap<TrackedParcel> parcels = new VersionedMap<>(TrackedParcel::trackingNumber,
      TrackedParcel::version);
  /** Tracking numbers awaiting a delay check, by promised date; guarded by {@code this}. */
  private final TreeMap<LocalDate, TreeSet<String>> awaiting = new TreeMap<>();
  /** The date each awaiting parcel is indexed under; guarded by {@code this}. */
  private final Map<String, LocalDate> indexedAt = new HashMap<>();

  @Override
  public synchronized boolean save(TrackedParcel parcel, long expectedVersion) {
    if (!parcels.save(parcel, expectedVersion)) {
      return false;
    }
    String id = parcel.trackingNumber();
    LocalDate was = indexedAt.remove(id);
    if (was != null) {
      TreeSet<String> ids = awaiting.get(was);
      ids.remove(id);
      if (ids.isEmpty()) {
        awaiting.remove(was);
      }
    }
    if (parcel.awaitingDelayCheck()) {
      awaiting.computeIfAbsent(parcel.promised(), d -> new TreeSet<>()).add(id);
      indexedAt.put(id, parcel.promised());
    }
    return true;
  }

  @Override
  public Optional<TrackedParcel> find(String trackingNumber) {
    return parcels.find(trackingNumber);
  }

  @Override
  public synchronized List<TrackedParcel> awaitingDelayCheck(LocalDate date) {
    TreeSet<String> due = new TreeSet<>();
    awaiting.headMap(date, false).values().forEach(due::addAll);
    List<TrackedParcel> out = new ArrayList<>(due.size());
    for (String id : due) {
      parcels.find(id).ifPresent(out::add);
    }
    return out;
  }
}
