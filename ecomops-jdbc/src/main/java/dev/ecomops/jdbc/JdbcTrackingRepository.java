package dev.ecomops.jdbc;

import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link TrackingRepository} on PostgreSQL (schema version 6 of {@link EcomopsSchema}): a
 * conditional write per save; delay candidates found through a partial index on the promised
 * date. A lost race answers false like a version mismatch; other failures throw {@link
 * IllegalStateException}.
 */
public final class JdbcTrackingRepository implements TrackingRepository {
  private final VersionedTable<TrackedParcel> parcels;

  private JdbcTrackingRepository(DataSource dataSource, String schema) {
    this.parcels = new VersionedTable<>(dataSource, JdbcOutbox.create(dataSource, schema), schema, "tracked_parcel",
        TrackedParcel.class, TrackedParcel::trackingNumber, TrackedParcel::version, p -> p.promised().toString(),
        TrackedParcel::awaitingDelayCheck);
  }

  /**
   * The repository of a migrated schema.
   *
   * @throws IllegalArgumentException naming {@code schema} when it is not a schema name
   */
  public static JdbcTrackingRepository create(DataSource dataSource, String schema) {
    return new JdbcTrackingRepository(dataSource, EcomopsSchema.checked(schema));
  }

  @Override
  public boolean save(TrackedParcel parcel, long expectedVersion) {
    return parcels.save(parcel, expectedVersion, List.of());
  }

  @Override
  public Optional<TrackedParcel> find(String trackingNumber) {
    return parcels.find(trackingNumber);
  }

  @Override
  public List<TrackedParcel> awaitingDelayCheck(LocalDate date) {
    // ISO dates of four-digit years sort as the dates do
    return parcels.flaggedBefore(date.toString());
  }
}
