package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.TrackedParcel;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingRepository;
import dev.ecomops.shipping.spi.TrackingStatus;
import dev.ecomops.testkit.Concurrently;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TrackingRepository}: extend with a factory of empty repositories. Each
 * test traces to the SPI's javadoc: conditional saves, whole reads, unknown is empty, the delay
 * candidates, and thread safety with real threads.
 */
public abstract class TrackingRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

  /** A new, empty repository. */
  protected abstract TrackingRepository newRepository();

  /** A parcel at a version with {@code scans} in-transit events, promised on {@code promised}. */
  protected static TrackedParcel parcel(String tracking, long version, int scans, String promised, TrackingStatus last,
      Kind... sent) {
    List<TrackingEvent> events = new ArrayList<>();
    for (int i = 0; i < scans; i++) {
      events.add(new TrackingEvent(tracking, i == scans - 1 ? last : TrackingStatus.IN_TRANSIT, T0.plusSeconds(60L * i),
          "scan " + i));
    }
    return new TrackedParcel(tracking, version, OrderId.of("1001"), LocalDate.parse(promised), events, Set.of(sent),
        events.isEmpty() ? null : events.get(events.size() - 1));
  }

  @Test
  @DisplayName("an unknown tracking number reads as empty")
  void unknown() {
    assertThat(newRepository().find("nope")).isEmpty();
  }

  @Test
  @DisplayName("a new parcel saves at expected version 0 only once; updates need the stored version; reads are whole")
  void conditional() {
    TrackingRepository r = newRepository();
    assertThat(r.save(parcel("1Z1", 1, 0, "2026-11-28", TrackingStatus.IN_TRANSIT, Kind.CONFIRMED), 0)).isTrue();
    assertThat(r.save(parcel("1Z1", 1, 1, "2026-11-28", TrackingStatus.IN_TRANSIT), 0)).isFalse();
    assertThat(r.save(parcel("1Z1", 2, 1, "2026-11-28", TrackingStatus.IN_TRANSIT), 7)).isFalse();
    TrackedParcel two = parcel("1Z1", 2, 3, "2026-11-28", TrackingStatus.OUT_FOR_DELIVERY, Kind.CONFIRMED, Kind.SHIPPED,
        Kind.OUT_FOR_DELIVERY);
    assertThat(r.save(two, 1)).isTrue();
    assertThat(r.find("1Z1")).contains(two);
  }

  @Test
  @DisplayName("delay candidates: promised before the date, not delivered, not reported late, by tracking number")
  void awaitingDelayCheck() {
    TrackingRepository r = newRepository();
    r.save(parcel("1Z3", 1, 1, "2026-11-27", TrackingStatus.IN_TRANSIT), 0);
    r.save(parcel("1Z1", 1, 0, "2026-11-20", TrackingStatus.IN_TRANSIT), 0);
    r.save(parcel("1Z2", 1, 2, "2026-11-27", TrackingStatus.DELIVERED), 0);
    r.save(parcel("1Z4", 1, 1, "2026-11-27", TrackingStatus.IN_TRANSIT, Kind.DELAYED), 0);
    r.save(parcel("1Z5", 1, 1, "2026-11-28", TrackingStatus.IN_TRANSIT), 0);
    r.save(parcel("1Z6", 1, 1, "2026-11-29", TrackingStatus.IN_TRANSIT), 0);
    assertThat(r.awaitingDelayCheck(LocalDate.parse("2026-11-28"))).extracting(TrackedParcel::trackingNumber)
        .containsExactly("1Z1", "1Z3");
    r.save(parcel("1Z3", 2, 2, "2026-11-27", TrackingStatus.DELIVERED), 1);
    assertThat(r.awaitingDelayCheck(LocalDate.parse("2026-11-28"))).extracting(TrackedParcel::trackingNumber)
        .containsExactly("1Z1");
  }

  @Test
  @DisplayName("of 8 threads saving against one version at once exactly one wins; 4 threads advancing 300 times lose no update")
  void concurrency() throws Exception {
    TrackingRepository r = newRepository();
    r.save(parcel("1Z1", 1, 0, "2026-11-28", TrackingStatus.IN_TRANSIT), 0);
    List<Boolean> won = Concurrently.run(8, t -> r.save(parcel("1Z1", 2, 1 + t, "2026-11-28", TrackingStatus.IN_TRANSIT),
        1));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    int first = r.find("1Z1").orElseThrow().events().size();
    Concurrently.run(4, t -> {
      for (int i = 0; i < 300; i++) {
        while (true) {
          TrackedParcel now = r.find("1Z1").orElseThrow();
          if (r.save(parcel("1Z1", now.version() + 1, now.events().size() + 1, "2026-11-28", TrackingStatus.IN_TRANSIT),
              now.version())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    TrackedParcel last = r.find("1Z1").orElseThrow();
    assertThat(last.version()).isEqualTo(2 + 1_200);
    assertThat(last.events()).hasSize(first + 1_200);
  }
}
