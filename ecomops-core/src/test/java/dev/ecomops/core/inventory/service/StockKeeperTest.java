package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.BOLT;
import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.DC2;
import static dev.ecomops.core.inventory.service.Fixtures.GIFT;
import static dev.ecomops.core.inventory.service.Fixtures.MILK;
import static dev.ecomops.core.inventory.service.Fixtures.MUG;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static dev.ecomops.core.inventory.service.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("StockKeeper")
class StockKeeperTest {
  final Fixtures f = new Fixtures();
  final StockKeeper keeper = f.keeper;
  final StockKey tee1 = StockKey.of(TEE, DC1);

  @Nested
  @DisplayName("receipts")
  class Receipts {
    @Test
    @DisplayName("a receipt raises on hand and availability and emits one StockMoved event")
    void receive_raisesOnHand() {
      f.receive(TEE, DC1, 10);
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(10);
      assertThat(keeper.available(tee1)).isEqualTo(10);
      assertThat(f.events.events(InventoryEvent.StockMoved.class)).hasSize(1);
    }

    @Test
    @DisplayName("a replayed receipt returns the first movement and appends nothing")
    void receive_replay() {
      Receipt r = Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("po-1")).build();
      List<Movement> first = keeper.receive(r);
      List<Movement> again = keeper.receive(r);
      assertThat(again).isEqualTo(first);
      assertThat(keeper.ledger(tee1)).hasSize(1);
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(5);
      assertThat(f.events.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("a key reused for a different command is refused, naming idempotencyKey")
    void receive_reusedKey() {
      keeper.receive(Receipt.builder().sku(TEE).location(DC1).quantity(5).idempotencyKey(IdempotencyKey.of("x")).build());
      assertThatThrownBy(() -> keeper.receive(Receipt.builder().sku(TEE).location(DC1).quantity(6)
          .idempotencyKey(IdempotencyKey.of("x")).build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("idempotencyKey");
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(5);
    }

    @Test
    @DisplayName("unknown SKU, unknown location, kit SKU and zero quantity are refused and change nothing")
    void receive_badInput() {
      assertThatThrownBy(() -> f.receive(Sku.of("NOPE"), DC1, 1)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("sku: must be a known product");
      assertThatThrownBy(() -> f.receive(TEE, LocationId.of("MOON"), 1)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("location: must be a known location");
      assertThatThrownBy(() -> f.receive(GIFT, DC1, 1)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("kit");
      assertThatThrownBy(() -> f.receive(TEE, DC1, 0)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity: must be at least 1 (was 0)");
      assertThatThrownBy(() -> f.receive(TEE, DC1, -3)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("quantity: must be at least 1 (was -3)");
      assertThat(f.store.keys()).isEmpty();
      assertThat(f.events.size()).isZero();
    }

    @Test
    @DisplayName("blank ids are refused when the value is built")
    void blankIds() {
      assertThatThrownBy(() -> Sku.of(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("sku: must not be blank");
      assertThatThrownBy(() -> IdempotencyKey.of("")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("idempotencyKey: must not be blank");
      assertThatThrownBy(() -> ReservationId.of("\t")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("reservationId");
    }

    @Test
    @DisplayName("lot rules: lot required for lot-tracked products, refused for others, expired lots refused")
    void receive_lotRules() {
      assertThatThrownBy(() -> f.receive(MILK, DC1, 1)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("lot: must be set");
      assertThatThrownBy(() -> keeper.receive(Receipt.builder().sku(TEE).location(DC1).quantity(1).lot("L1")
          .idempotencyKey(f.key()).build())).isInstanceOf(ValidationException.class).hasMessageContaining("lot: must be empty");
      assertThatThrownBy(() -> f.receiveLot(MILK, DC1, 1, "L0", TODAY.minusDays(1)))
          .isInstanceOf(ValidationException.class).hasMessageContaining("lotExpiry").hasMessageContaining("expired");
      assertThat(f.store.keys()).isEmpty();
    }

    @Test
    @DisplayName("a lot without an expiry date gets today plus the shelf life")
    void receive_shelfLifeDefault() {
      keeper.receive(Receipt.builder().sku(MILK).location(DC1).quantity(3).lot("L1").idempotencyKey(f.key()).build());
      assertThat(keeper.balance(StockKey.of(MILK, DC1)).lots()).singleElement()
          .satisfies(l -> assertThat(l.expiryDate()).isEqualTo(TODAY.plusDays(10)));
    }
  }

  @Nested
  @DisplayName("reservations")
  class Reservations {
    @Test
    @DisplayName("reserve holds units; release gives them back; both emit events")
    void reserve_release() {
      f.receive(TEE, DC1, 10);
      Reservation r = f.reserve(TEE, DC1, 4);
      assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(4);
      assertThat(keeper.available(tee1)).isEqualTo(6);
      Reservation released = keeper.release(r.id());
      assertThat(released.status()).isEqualTo(ReservationStatus.RELEASED);
      assertThat(keeper.available(tee1)).isEqualTo(10);
      assertThat(keeper.release(r.id())).isEqualTo(released);
      assertThat(keeper.ledger(tee1)).extracting(Movement::kind)
          .containsExactly(MovementKind.RECEIPT, MovementKind.RESERVE, MovementKind.RELEASE);
      assertThat(f.events.events(InventoryEvent.StockReserved.class)).hasSize(1);
      assertThat(f.events.events(InventoryEvent.ReservationReleased.class)).hasSize(1);
    }

    @Test
    @DisplayName("reserving more than available throws InsufficientStockException and changes nothing")
    void reserve_insufficientStock() {
      f.receive(TEE, DC1, 3);
      assertThatThrownBy(() -> f.reserve(TEE, DC1, 4)).isInstanceOf(InsufficientStockException.class)
          .hasMessageContaining("requested 4").hasMessageContaining("is 3");
      assertThat(keeper.balance(tee1).reserved()).isZero();
      assertThat(keeper.ledger(tee1)).hasSize(1);
    }

    @Test
    @DisplayName("partial reservations take what is available")
    void reserve_partial() {
      f.receive(TEE, DC1, 3);
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(5).reference("o1")
          .allowPartial(true).idempotencyKey(f.key()).build());
      assertThat(r.quantity()).isEqualTo(3);
      assertThat(keeper.available(tee1)).isZero();
    }

    @Test
    @DisplayName("a reserve replayed after its stock is gone returns the first reservation and changes nothing")
    void reserve_replayAfterStockGone() {
      f.receive(TEE, DC1, 3);
      ReserveRequest first = ReserveRequest.builder().sku(TEE).location(DC1).quantity(3).reference("o1")
          .idempotencyKey(IdempotencyKey.of("order-1")).build();
      Reservation r = keeper.reserve(first);
      assertThat(keeper.available(tee1)).isZero();
      int ledger = keeper.ledger(tee1).size();
      assertThat(keeper.reserve(first)).isEqualTo(r);
      assertThat(keeper.ledger(tee1)).hasSize(ledger);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(3);
      // released since: the replay still answers with the reservation as it was made
      keeper.release(r.id());
      assertThat(keeper.reserve(first)).isEqualTo(r);
      assertThat(keeper.balance(tee1).reserved()).isZero();
    }

    @Test
    @DisplayName("a reserve with its own reservation id, replayed, returns the first reservation rather than refusing the id as taken")
    void reserve_replayWithReservationId() {
      f.receive(TEE, DC1, 5);
      ReserveRequest req = ReserveRequest.builder().sku(TEE).location(DC1).quantity(2).reference("o1")
          .reservationId(ReservationId.of("cart-7")).idempotencyKey(IdempotencyKey.of("cart-7-hold")).build();
      Reservation r = keeper.reserve(req);
      assertThat(keeper.reserve(req)).isEqualTo(r);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(2);
      // the same id under another key is refused
      assertThatThrownBy(() -> keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(2).reference("o1")
          .reservationId(ReservationId.of("cart-7")).idempotencyKey(IdempotencyKey.of("other")).build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("reservationId");
    }

    @Test
    @DisplayName("a key reused for a command that would now be refused is reported as a reused key, not as short stock")
    void reserve_reusedKeyWhenRefused() {
      f.receive(TEE, DC1, 1);
      keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(1).reference("o1")
          .idempotencyKey(IdempotencyKey.of("k-1")).build());
      assertThatThrownBy(() -> keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(5).reference("o2")
          .idempotencyKey(IdempotencyKey.of("k-1")).build()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("idempotencyKey");
    }

    @Test
    @DisplayName("a partial release replayed after the rest was released returns the first result and releases nothing more")
    void release_replayAfterSettled() {
      f.receive(TEE, DC1, 10);
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(4).reference("o1")
          .idempotencyKey(f.key()).build());
      IdempotencyKey partial = IdempotencyKey.of("release-1");
      Reservation afterPartial = keeper.release(r.id(), 1, partial);
      assertThat(afterPartial.open()).isEqualTo(3);
      // replayed while the reservation is still open: nothing more released
      assertThat(keeper.release(r.id(), 1, partial)).isEqualTo(afterPartial);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(3);
      keeper.release(r.id());
      int ledger = keeper.ledger(tee1).size();
      assertThat(keeper.release(r.id(), 1, partial)).isEqualTo(afterPartial);
      assertThat(keeper.ledger(tee1)).hasSize(ledger);
    }

    @Test
    @DisplayName("reserveAll replayed, on one key or two, returns the first reservations in order and appends nothing")
    void reserveAll_replay() {
      f.receive(TEE, DC1, 10);
      f.receive(MUG, DC1, 10);
      StockKey mug1 = StockKey.of(MUG, DC1);
      ReserveRequest tee = ReserveRequest.builder().sku(TEE).location(DC1).quantity(2).reference("o1").idempotencyKey(f.key()).build();
      ReserveRequest mug = ReserveRequest.builder().sku(MUG).location(DC1).quantity(3).reference("o1").idempotencyKey(f.key()).build();
      IdempotencyKey oneKey = IdempotencyKey.of("order-1-tee");
      IdempotencyKey twoKeys = IdempotencyKey.of("order-1-all");
      List<Reservation> same = keeper.reserveAll(List.of(tee, tee), oneKey);
      List<Reservation> both = keeper.reserveAll(List.of(mug, tee), twoKeys);
      int teeLedger = keeper.ledger(tee1).size();
      int mugLedger = keeper.ledger(mug1).size();
      // one released since: the replay still answers with the reservations as they were made
      keeper.release(both.get(0).id());
      assertThat(keeper.reserveAll(List.of(tee, tee), oneKey)).isEqualTo(same);
      assertThat(keeper.reserveAll(List.of(mug, tee), twoKeys)).isEqualTo(both);
      assertThat(keeper.ledger(tee1)).hasSize(teeLedger);
      assertThat(keeper.ledger(mug1)).hasSize(mugLedger + 1);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(6);
      assertThat(keeper.balance(mug1).reserved()).isZero();
    }

    @Test
    @DisplayName("any-location reservations take the first location by priority that can hold all")
    void reserve_anyLocation() {
      f.receive(TEE, DC1, 2);
      f.receive(TEE, DC2, 5);
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(TEE).quantity(3).reference("o1").idempotencyKey(f.key()).build());
      assertThat(r.location()).isEqualTo(DC2);
      assertThat(keeper.available(TEE)).isEqualTo(4);
    }

    @Test
    @DisplayName("any-location reservations skip locations that may not ship to the destination country")
    void reserve_destinationCountry() {
      f.catalog.add(dev.ecomops.core.catalog.Location.builder().id(LocationId.of("DC3")).name("Toronto").country("CA")
          .position(dev.ecomops.core.GeoPoint.of(43.7, -79.4)).priority(0).build());
      f.receive(TEE, LocationId.of("DC3"), 5);
      f.receive(TEE, DC2, 5);
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(TEE).quantity(1).destinationCountry("US").reference("o1")
          .idempotencyKey(f.key()).build());
      assertThat(r.location()).isEqualTo(DC2);
      Reservation ca = keeper.reserve(ReserveRequest.builder().sku(TEE).quantity(1).destinationCountry("CA").reference("o2")
          .idempotencyKey(f.key()).build());
      assertThat(ca.location()).isEqualTo(LocationId.of("DC3"));
    }

    @Test
    @DisplayName("safety stock is held back from promises")
    void reserve_safetyStock() {
      f.receive(TEE, DC1, 10);
      keeper.setSafetyStock(tee1, 4, f.key());
      assertThat(keeper.available(tee1)).isEqualTo(6);
      assertThatThrownBy(() -> f.reserve(TEE, DC1, 7)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    @DisplayName("a reservation past its time-to-live expires on access, with no background thread")
    void reserve_expiresOnAccess() {
      f.receive(TEE, DC1, 5);
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(TEE).location(DC1).quantity(5).reference("cart")
          .timeToLive(Duration.ofMinutes(15)).idempotencyKey(f.key()).build());
      f.clock.advance(Duration.ofMinutes(14));
      assertThat(keeper.available(tee1)).isZero();
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(keeper.available(tee1)).isEqualTo(5);
      assertThat(keeper.reservation(r.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
      assertThat(f.events.events(InventoryEvent.ReservationExpired.class)).hasSize(1);
    }

    @Test
    @DisplayName("the explicit sweep expires due reservations everywhere")
    void expireDue_sweep() {
      f.receive(TEE, DC1, 5);
      f.receive(MUG, DC2, 5);
      for (Sku s : List.of(TEE, MUG)) {
        keeper.reserve(ReserveRequest.builder().sku(s).quantity(2).reference("cart-" + s)
            .timeToLive(Duration.ofMinutes(5)).idempotencyKey(f.key()).build());
      }
      assertThat(keeper.expireDue(100)).isZero();
      f.clock.advance(Duration.ofMinutes(5));
      assertThat(keeper.expireDue(100)).isEqualTo(2);
      assertThat(f.store.balance(tee1).reserved()).isZero();
      assertThat(f.store.balance(StockKey.of(MUG, DC2)).reserved()).isZero();
    }

    @Test
    @DisplayName("confirm picks the held units; ship sends them; both are idempotent")
    void confirm_ship() {
      f.receive(TEE, DC1, 5);
      Reservation r = f.reserve(TEE, DC1, 2);
      Reservation c = keeper.confirm(r.id());
      assertThat(c.status()).isEqualTo(ReservationStatus.CONFIRMED);
      assertThat(keeper.confirm(r.id())).isEqualTo(c);
      Balance b = keeper.balance(tee1);
      assertThat(b.onHand()).isEqualTo(3);
      assertThat(b.reserved()).isZero();
      assertThat(b.picked()).isEqualTo(2);
      Reservation s = keeper.ship(r.id());
      assertThat(s.status()).isEqualTo(ReservationStatus.SHIPPED);
      assertThat(keeper.ship(r.id())).isEqualTo(s);
      assertThat(keeper.balance(tee1).picked()).isZero();
    }

    @Test
    @DisplayName("confirming a released reservation throws InvalidTransitionException naming both states")
    void confirm_released() {
      f.receive(TEE, DC1, 5);
      Reservation r = f.reserve(TEE, DC1, 2);
      keeper.release(r.id());
      assertThatThrownBy(() -> keeper.confirm(r.id())).isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("RELEASED").hasMessageContaining("CONFIRMED");
    }

    @Test
    @DisplayName("partial release and confirm keep the quantities consistent")
    void partialReleaseConfirm() {
      f.receive(TEE, DC1, 10);
      Reservation r = f.reserve(TEE, DC1, 6);
      keeper.release(r.id(), 2, f.key());
      Reservation c = keeper.confirm(r.id(), 3, f.key());
      assertThat(c.open()).isEqualTo(1);
      assertThat(c.released()).isEqualTo(2);
      assertThat(c.picked()).isEqualTo(3);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(1);
      assertThatThrownBy(() -> keeper.release(r.id(), 2, f.key())).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    @DisplayName("unknown reservation ids are refused")
    void release_unknown() {
      assertThatThrownBy(() -> keeper.release(ReservationId.of("R-404"))).isInstanceOf(ValidationException.class)
          .hasMessageContaining("reservationId: must be a known reservation");
    }
  }

  @Nested
  @DisplayName("kits")
  class Kits {
    @Test
    @DisplayName("a kit's availability is the minimum over components of available divided by units per kit")
    void kit_availability() {
      f.receive(TEE, DC1, 10);
      f.receive(MUG, DC1, 7);
      assertThat(keeper.available(StockKey.of(GIFT, DC1))).isEqualTo(3);
    }

    @Test
    @DisplayName("a kit of one component (a six-pack) reserves six of it per unit, not itself")
    void kit_ofOneComponent() {
      Sku sixPack = Sku.of("MUG-6");
      f.catalog.add(dev.ecomops.core.Product.builder().sku(sixPack).name("six mugs").build());
      f.catalog.add(dev.ecomops.core.catalog.Kit.builder().sku(sixPack).putComponents(MUG, 6).build());
      f.receive(MUG, DC1, 20);
      Reservation r = f.reserve(sixPack, DC1, 3);
      assertThat(r.lines()).containsExactly(new ReservationLine(StockKey.of(MUG, DC1), 6));
      assertThat(keeper.balance(StockKey.of(MUG, DC1)).reserved()).isEqualTo(18);
      assertThat(keeper.balance(StockKey.of(sixPack, DC1)).reserved()).isZero();
      assertThatThrownBy(() -> f.reserve(sixPack, DC1, 1)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    @DisplayName("reserving a kit reserves every component atomically, or nothing")
    void kit_reserve() {
      f.receive(TEE, DC1, 10);
      f.receive(MUG, DC1, 7);
      Reservation r = f.reserve(GIFT, DC1, 3);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(3);
      assertThat(keeper.balance(StockKey.of(MUG, DC1)).reserved()).isEqualTo(6);
      assertThatThrownBy(() -> f.reserve(GIFT, DC1, 1)).isInstanceOf(InsufficientStockException.class);
      assertThat(keeper.balance(tee1).reserved()).isEqualTo(3);
      keeper.release(r.id());
      assertThat(keeper.available(StockKey.of(GIFT, DC1))).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("lots")
  class LotsTests {
    @Test
    @DisplayName("FEFO picks the lot that expires first, whatever the receipt order")
    void fefo() {
      f.receiveLot(MILK, DC1, 5, "LATE", TODAY.plusDays(9));
      f.receiveLot(MILK, DC1, 5, "EARLY", TODAY.plusDays(2));
      Reservation r = f.reserve(MILK, DC1, 6);
      keeper.confirm(r.id());
      List<Movement> picks = keeper.ledger(StockKey.of(MILK, DC1)).stream().filter(m -> m.kind() == MovementKind.PICK).toList();
      assertThat(picks).extracting(m -> m.lot().orElseThrow()).containsExactly("EARLY", "LATE");
      assertThat(picks).extracting(Movement::quantity).containsExactly(5L, 1L);
    }

    @Test
    @DisplayName("FIFO picks the lot received first")
    void fifo() {
      f.receiveLot(BOLT, DC1, 5, "FIRST", TODAY.plusDays(30));
      f.receiveLot(BOLT, DC1, 5, "SECOND", TODAY.plusDays(3));
      keeper.confirm(f.reserve(BOLT, DC1, 2).id());
      assertThat(keeper.balance(StockKey.of(BOLT, DC1)).lots()).extracting(LotBalance::lot, LotBalance::quantity)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("FIRST", 3L), org.assertj.core.groups.Tuple.tuple("SECOND", 5L));
    }

    @Test
    @DisplayName("expired lots are not available to promise")
    void expiredLotsNotAvailable() {
      f.receiveLot(MILK, DC1, 5, "A", TODAY.plusDays(1));
      f.receiveLot(MILK, DC1, 3, "B", TODAY.plusDays(5));
      StockKey k = StockKey.of(MILK, DC1);
      assertThat(keeper.available(k)).isEqualTo(8);
      f.clock.advance(Duration.ofDays(2));
      assertThat(keeper.available(k)).isEqualTo(3);
      assertThat(keeper.balance(k).onHand()).isEqualTo(8);
    }
  }

  @Nested
  @DisplayName("movements")
  class Moves {
    @Test
    @DisplayName("an adjustment that would take reserved units is refused and changes nothing")
    void adjust_reserved() {
      f.receive(TEE, DC1, 5);
      f.reserve(TEE, DC1, 4);
      assertThatThrownBy(() -> keeper.adjust(tee1, -2, "shrinkage", null, f.key()))
          .isInstanceOf(InsufficientStockException.class);
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(5);
      keeper.adjust(tee1, -1, "shrinkage", null, f.key());
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(4);
    }

    @Test
    @DisplayName("a transfer is in transit until received, then on hand at the destination")
    void transfer() {
      f.receive(TEE, DC1, 10);
      String t = keeper.transfer(TEE, DC1, DC2, 4, TODAY.plusDays(3), f.key());
      StockKey tee2 = StockKey.of(TEE, DC2);
      assertThat(keeper.balance(tee1).onHand()).isEqualTo(6);
      assertThat(keeper.balance(tee2).inTransit()).isEqualTo(4);
      assertThat(keeper.availableOn(tee2, TODAY.plusDays(2))).isZero();
      assertThat(keeper.availableOn(tee2, TODAY.plusDays(3))).isEqualTo(4);
      keeper.receiveTransfer(tee2, t, f.key());
      assertThat(keeper.balance(tee2).onHand()).isEqualTo(4);
      assertThat(keeper.balance(tee2).inTransit()).isZero();
      assertThatThrownBy(() -> keeper.receiveTransfer(tee2, t, f.key())).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("available to promise by date counts expected supply on or before the date")
    void availableOn_supply() {
      f.receive(TEE, DC1, 2);
      keeper.expectSupply(tee1, 10, TODAY.plusDays(5), "PO-1", f.key());
      assertThat(keeper.availableOn(tee1, TODAY.plusDays(4))).isEqualTo(2);
      assertThat(keeper.availableOn(tee1, TODAY.plusDays(5))).isEqualTo(12);
      assertThat(keeper.balance(tee1).incoming()).isEqualTo(10);
      keeper.receive(Receipt.builder().sku(TEE).location(DC1).quantity(6).supplyReference("PO-1").idempotencyKey(f.key()).build());
      assertThat(keeper.balance(tee1).incoming()).isEqualTo(4);
      keeper.cancelSupply(tee1, "PO-1", f.key());
      assertThat(keeper.balance(tee1).incoming()).isZero();
      assertThat(keeper.availableOn(tee1, TODAY.plusDays(9))).isEqualTo(8);
    }

    @Test
    @DisplayName("state changes move units out of sellable and back; reserved units cannot leave")
    void changeState() {
      f.receive(TEE, DC1, 5);
      f.reserve(TEE, DC1, 3);
      keeper.changeState(tee1, 2, StockState.SELLABLE, StockState.DAMAGED, "dropped", null, f.key());
      assertThat(keeper.balance(tee1).damaged()).isEqualTo(2);
      assertThat(keeper.available(tee1)).isZero();
      assertThatThrownBy(() -> keeper.changeState(tee1, 1, StockState.SELLABLE, StockState.QUALITY_HOLD, "recall", null, f.key()))
          .isInstanceOf(InsufficientStockException.class);
      keeper.returnToStock(tee1, 1, StockState.SELLABLE, null, f.key());
      assertThat(keeper.balance(tee1).sellable()).isEqualTo(4);
    }
  }

  @Nested
  @DisplayName("Recalls")
  class Recalls {
    @Test
    @DisplayName("putting a named lot on quality hold takes that lot, not the first to expire; the recalled lot is no longer sellable")
    void changeState_namedLot() {
      f.receiveLot(MILK, DC1, 5, "FRESH", TODAY.plusDays(3));
      f.receiveLot(MILK, DC1, 4, "RECALLED", TODAY.plusDays(8));
      StockKey milk = StockKey.of(MILK, DC1);
      List<Movement> moved = keeper.changeState(milk, 4, StockState.SELLABLE, StockState.QUALITY_HOLD, "recall",
          "RECALLED", f.key());
      assertThat(moved).extracting(m -> m.lot().orElseThrow()).containsExactly("RECALLED");
      Balance b = keeper.balance(milk);
      assertThat(b.lots()).extracting(LotBalance::lot).containsExactly("FRESH");
      assertThat(b.onHold()).isEqualTo(4);
      assertThat(keeper.available(milk)).isEqualTo(5);
    }

    @Test
    @DisplayName("a named lot with too few units, or a lot for a product without lots, is refused and changes nothing")
    void changeState_namedLot_refused() {
      f.receiveLot(MILK, DC1, 2, "L1", TODAY.plusDays(3));
      StockKey milk = StockKey.of(MILK, DC1);
      long version = keeper.balance(milk).version();
      assertThatThrownBy(() -> keeper.changeState(milk, 3, StockState.SELLABLE, StockState.DAMAGED, "recall", "L1",
          f.key())).isInstanceOf(InsufficientStockException.class);
      assertThatThrownBy(() -> keeper.changeState(milk, 1, StockState.SELLABLE, StockState.DAMAGED, "recall", "NOPE",
          f.key())).isInstanceOf(InsufficientStockException.class);
      f.receive(TEE, DC1, 5);
      assertThatThrownBy(() -> keeper.changeState(tee1, 1, StockState.SELLABLE, StockState.DAMAGED, "recall", "L1",
          f.key())).isInstanceOf(ValidationException.class).hasMessageContaining("lot");
      assertThat(keeper.balance(milk).version()).isEqualTo(version);
    }
  }
}
