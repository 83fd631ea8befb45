package dev.ecomops.shipping.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.shipping.memory.InMemoryTrackingRepository;
import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.Notifier.Notification;
import dev.ecomops.shipping.spi.TrackingEvent;
import dev.ecomops.shipping.spi.TrackingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shipment tracking")
class ShipmentTrackerTest {
  static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
  final List<Notification> sent = new ArrayList<>();
  final ShipmentTracker tracker = new ShipmentTracker(sent::add);

  static TrackingEvent event(TrackingStatus s, int hours) {
    return new TrackingEvent("1Z1", s, T0.plusSeconds(3600L * hours), s.name().toLowerCase());
  }

  @Test
  @DisplayName("a normal journey notifies confirmed, shipped, out for delivery and delivered, once each")
  void journey() {
    tracker.register("1Z1", OrderId.of("1001"), LocalDate.parse("2026-11-28"), T0);
    tracker.register("1Z1", OrderId.of("1001"), LocalDate.parse("2026-11-28"), T0);
    tracker.apply(event(TrackingStatus.PRE_TRANSIT, 0));
    tracker.apply(event(TrackingStatus.IN_TRANSIT, 5));
    tracker.apply(event(TrackingStatus.IN_TRANSIT, 9));
    tracker.apply(event(TrackingStatus.OUT_FOR_DELIVERY, 30));
    assertThat(tracker.apply(event(TrackingStatus.DELIVERED, 34))).isEqualTo(TrackingStatus.DELIVERED);
    assertThat(sent).extracting(Notification::kind).containsExactly(Kind.CONFIRMED, Kind.SHIPPED, Kind.OUT_FOR_DELIVERY,
        Kind.DELIVERED);
    // delivered parcels are never late
    assertThat(tracker.checkDelays(Instant.parse("2026-12-05T00:00:00Z"), ZoneOffset.UTC)).isEmpty();
  }

  @Test
  @DisplayName("an older event arriving late does not move the status back; a passed promise is reported once")
  void outOfOrderAndDelay() {
    tracker.register("1Z1", OrderId.of("1001"), LocalDate.parse("2026-11-27"), T0);
    tracker.apply(event(TrackingStatus.OUT_FOR_DELIVERY, 30));
    assertThat(tracker.apply(event(TrackingStatus.IN_TRANSIT, 5))).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
    assertThat(tracker.checkDelays(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC)).containsExactly("1Z1");
    assertThat(tracker.checkDelays(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC)).isEmpty();
    assertThat(sent).extracting(Notification::kind).containsExactly(Kind.CONFIRMED, Kind.SHIPPED, Kind.OUT_FOR_DELIVERY,
        Kind.DELAYED);
    assertThatThrownBy(() -> tracker.apply(new TrackingEvent("X", TrackingStatus.IN_TRANSIT, T0, "x")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("trackingNumber");
  }

  @Test
  @DisplayName("the status depends only on the set of events: any order, any duplicates, the same end; a replay notifies nothing")
  void idempotent() {
    qt().forAll(lists().of(integers().between(0, TrackingStatus.values().length - 1).zip(integers().between(0, 6),
        (s, h) -> event(TrackingStatus.values()[s], h))).ofSizeBetween(1, 10), integers().all()).checkAssert(
            (events, seed) -> {
              List<Notification> a = new ArrayList<>();
              ShipmentTracker first = new ShipmentTracker(a::add);
              first.register("1Z1", OrderId.of("1"), LocalDate.parse("2026-12-31"), T0);
              events.forEach(first::apply);
              List<TrackingEvent> shuffled = new ArrayList<>(events);
              shuffled.addAll(events.subList(0, events.size() / 2));
              Collections.shuffle(shuffled, new Random(seed));
              List<Notification> b = new ArrayList<>();
              ShipmentTracker second = new ShipmentTracker(b::add);
              second.register("1Z1", OrderId.of("1"), LocalDate.parse("2026-12-31"), T0);
              shuffled.forEach(second::apply);
              assertThat(second.status("1Z1")).isEqualTo(first.status("1Z1"));
              int before = a.size();
              events.forEach(first::apply);
              assertThat(a).as("a replay changes nothing").hasSize(before);
              assertThat(b.stream().map(Notification::kind).distinct().count()).as("each kind at most once")
                  .isEqualTo(b.size());
            });
  }

  @Test
  @DisplayName("state lives in the repository: a tracker restarted on it neither forgets a parcel nor notifies twice")
  void restart_keepsState() {
    InMemoryTrackingRepository repo = new InMemoryTrackingRepository();
    ShipmentTracker first = new ShipmentTracker(sent::add, repo, RetryPolicy.defaults());
    first.register("1Z1", OrderId.of("1001"), LocalDate.parse("2026-11-27"), T0);
    first.apply(event(TrackingStatus.IN_TRANSIT, 5));
    ShipmentTracker second = new ShipmentTracker(sent::add, repo, RetryPolicy.defaults());
    second.register("1Z1", OrderId.of("1001"), LocalDate.parse("2026-11-27"), T0);
    assertThat(second.apply(event(TrackingStatus.IN_TRANSIT, 5))).isEqualTo(TrackingStatus.IN_TRANSIT);
    assertThat(second.checkDelays(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC)).containsExactly("1Z1");
    assertThat(first.checkDelays(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC)).isEmpty();
    assertThat(sent).extracting(Notification::kind).containsExactly(Kind.CONFIRMED, Kind.SHIPPED, Kind.DELAYED);
  }

  @Test
  @DisplayName("4 threads on two trackers over one repository apply one journey's events in any order: no notice twice")
  void racingTrackers_notifyOnce() throws Exception {
    InMemoryTrackingRepository repo = new InMemoryTrackingRepository();
    List<Notification> all = Collections.synchronizedList(new ArrayList<>());
    ShipmentTracker a = new ShipmentTracker(all::add, repo, RetryPolicy.defaults());
    ShipmentTracker b = new ShipmentTracker(all::add, repo, RetryPolicy.defaults());
    List<TrackingEvent> journey = List.of(event(TrackingStatus.PRE_TRANSIT, 0), event(TrackingStatus.IN_TRANSIT, 5),
        event(TrackingStatus.IN_TRANSIT, 9), event(TrackingStatus.OUT_FOR_DELIVERY, 30),
        event(TrackingStatus.DELIVERED, 34));
    for (int round = 0; round < 20; round++) {
      String tracking = "1Z" + round;
      all.clear();
      a.register(tracking, OrderId.of("1001"), LocalDate.parse("2026-11-28"), T0);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          ShipmentTracker mine = t % 2 == 0 ? a : b;
          List<TrackingEvent> shuffled = new ArrayList<>(journey);
          Collections.shuffle(shuffled, new Random(round * 4L + t));
          done.add(pool.submit(() -> shuffled.forEach(e -> mine.apply(
              new TrackingEvent(tracking, e.status(), e.at(), e.description())))));
        }
        for (Future<?> d : done) {
          d.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(a.status(tracking)).contains(TrackingStatus.DELIVERED);
      // out for delivery is only news if it arrives before delivered; the others always go, and none twice
      assertThat(all).extracting(Notification::kind).doesNotHaveDuplicates()
          .contains(Kind.CONFIRMED, Kind.SHIPPED, Kind.DELIVERED).isSubsetOf(Kind.CONFIRMED, Kind.SHIPPED,
              Kind.OUT_FOR_DELIVERY, Kind.DELIVERED);
      assertThat(repo.find(tracking).orElseThrow().events()).hasSize(5);
    }
  }
}
