package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcInventoryStore beyond the contract kit: paged ledger, record retention, planning from what it last saw")
class JdbcInventoryStoreExtrasTest {
  private final String schema = Pg.freshSchema();
  private final JdbcInventoryStore store = JdbcInventoryStore.create(Pg.dataSource(), schema);
  private final StockKey key = StockKey.of(Sku.of("TEE"), LocationId.of("DC"));
  private final StockKeeper keeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
      .add(Location.builder().id(key.location()).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
      .add(Product.builder().sku(key.sku()).name("tee").build())).store(store).build();

  private void receive(int n) {
    for (int i = 0; i < n; i++) {
      keeper.receive(Receipt.builder().sku(key.sku()).location(key.location()).quantity(1)
          .idempotencyKey(IdempotencyKey.of("r" + i)).build());
    }
  }

  @Test
  @DisplayName("pages of the ledger, read after the last sequence seen, put together are the whole ledger in order")
  void pages() {
    receive(23);
    List<Movement> all = new ArrayList<>();
    long after = 0;
    for (List<Movement> page = store.movements(key, after, 5); !page.isEmpty(); page = store.movements(key, after, 5)) {
      assertThat(page).hasSizeLessThanOrEqualTo(5);
      all.addAll(page);
      after = page.get(page.size() - 1).sequence();
    }
    assertThat(all).isEqualTo(store.movements(key)).hasSize(23);
    assertThatThrownBy(() -> store.movements(key, 0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> store.movements(key, -1, 5)).hasMessageContaining("afterSequence");
  }

  @Test
  @DisplayName("planning balances come from what this instance last saw; another node's change makes the commit conflict once, then the command re-plans on a fresh read")
  void planningBalance_staleIsCaughtByTheVersionGuard() {
    receive(10);
    JdbcInventoryStore other = JdbcInventoryStore.create(Pg.dataSource(), schema);
    StockKeeper otherKeeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(key.location()).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(key.sku()).name("tee").build())).store(other).build();
    Balance seen = store.planningBalance(key);
    assertThat(seen.onHand()).isEqualTo(10);
    // the other node takes 7 of the 10 units: this instance's planning balance is now stale
    otherKeeper.reserve(ReserveRequest.builder().sku(key.sku()).location(key.location()).quantity(7).reference("b")
        .idempotencyKey(IdempotencyKey.of("other")).build());
    assertThat(store.planningBalance(key)).as("stale until a commit or a read says otherwise").isEqualTo(seen);
    // 5 would fit the stale balance, not the real one: refused, and nothing written from the stale view
    assertThatThrownBy(() -> keeper.reserve(ReserveRequest.builder().sku(key.sku()).location(key.location())
        .quantity(5).reference("a").idempotencyKey(IdempotencyKey.of("five")).build()))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(store.planningBalance(key)).as("fresh after the conflict").isEqualTo(store.balance(key));
    Reservation three = keeper.reserve(ReserveRequest.builder().sku(key.sku()).location(key.location()).quantity(3)
        .reference("a").idempotencyKey(IdempotencyKey.of("three")).build());
    assertThat(three.quantity()).isEqualTo(3);
    Balance now = other.balance(key);
    assertThat(now.reserved()).isEqualTo(10);
    assertThat(Balance.replay(other.movements(key))).isEqualTo(now);
  }

  @Test
  @DisplayName("a reservation this instance made is planned on without a read; released meanwhile by another node, a release here conflicts once and answers the released reservation, releasing nothing twice")
  void planningReservation_staleIsCaughtByTheVersionGuard() {
    receive(10);
    JdbcInventoryStore other = JdbcInventoryStore.create(Pg.dataSource(), schema);
    StockKeeper otherKeeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(key.location()).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(key.sku()).name("tee").build())).store(other).build();
    Reservation mine = keeper.reserve(ReserveRequest.builder().sku(key.sku()).location(key.location()).quantity(4)
        .reference("a").idempotencyKey(IdempotencyKey.of("mine")).build());
    assertThat(store.planningReservation(mine.id()).orElseThrow().reservation()).isEqualTo(mine);
    Reservation releasedThere = otherKeeper.release(mine.id());
    assertThat(store.planningReservation(mine.id()).orElseThrow().reservation().version())
        .as("stale until a commit or a read says otherwise").isEqualTo(mine.version());
    Reservation releasedHere = keeper.release(mine.id());
    assertThat(releasedHere).isEqualTo(releasedThere);
    assertThat(store.planningReservation(mine.id()).orElseThrow().reservation()).isEqualTo(releasedThere);
    Balance now = other.balance(key);
    assertThat(now.reserved()).isZero();
    assertThat(now.onHand()).isEqualTo(10);
    assertThat(other.movements(key).stream().filter(m -> m.kind() == MovementKind.RELEASE)).hasSize(1);
    assertThat(Balance.replay(other.movements(key))).isEqualTo(now);
  }

  @Test
  @DisplayName("planning on fresh reads: another node's change is seen before the commit, where the remembering store still plans on what it saw")
  void planningOnFreshReads_seesOtherNodes() {
    receive(10);
    JdbcInventoryStore fresh = store.planningOnFreshReads();
    assertThat(store.planningBalance(key).onHand()).isEqualTo(10);
    JdbcInventoryStore other = JdbcInventoryStore.create(Pg.dataSource(), schema);
    StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(key.location()).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(key.sku()).name("tee").build())).store(other).build()
        .receive(Receipt.builder().sku(key.sku()).location(key.location()).quantity(5)
            .idempotencyKey(IdempotencyKey.of("elsewhere")).build());
    assertThat(store.planningBalance(key).onHand()).as("remembers what it saw").isEqualTo(10);
    assertThat(fresh.planningBalance(key).onHand()).as("reads").isEqualTo(15);
    assertThat(fresh.outbox()).isSameAs(store.outbox());
  }

  @Test
  @DisplayName("records older than the retention are purged, newer ones stay; the ledger is untouched; a retention under an hour is refused")
  void retention() {
    receive(3);
    assertThat(store.committed(IdempotencyKey.of("r0"))).isPresent();
    Instant now = Instant.now();
    assertThat(store.purgeCommitRecords(now, Duration.ofDays(7))).as("nothing is a week old").isZero();
    assertThat(store.purgeCommitRecords(now.plus(Duration.ofDays(8)), Duration.ofDays(7))).isEqualTo(3);
    assertThat(store.committed(IdempotencyKey.of("r0"))).isEmpty();
    assertThat(store.movements(key)).hasSize(3);
    assertThatThrownBy(() -> store.purgeCommitRecords(now, Duration.ofMinutes(5))).hasMessageContaining("keep");
  }
}
