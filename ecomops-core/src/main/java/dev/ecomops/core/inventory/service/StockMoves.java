package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.ScheduledSupply;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.IdGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The non-reservation commands of {@link StockKeeper}: receipts, adjustments, transfers, returns, states, supply. */
final class StockMoves {
  private final CommandRunner runner;
  private final Catalog catalog;
  private final IdGenerator ids;
  private final ReservationDesk desk;
  private final ReservationLifecycle lifecycle;

  StockMoves(CommandRunner runner, Catalog catalog, IdGenerator ids, ReservationDesk desk,
      ReservationLifecycle lifecycle) {
    this.runner = runner;
    this.catalog = catalog;
    this.ids = ids;
    this.desk = desk;
    this.lifecycle = lifecycle;
  }

  List<Movement> receive(Receipt r) {
    Product p = stocked(r.key());
    Optional<LocalDate> expiry = lotRules(p, r.lot().orElse(null), r.lotExpiry(), r.state());
    return runner.run(r.idempotencyKey(), r.fingerprint(), plan -> List.of(plan.move(r.key(), Movement.builder()
        .kind(MovementKind.RECEIPT).quantity(r.quantity()).state(r.state()).lot(r.lot()).lotExpiry(expiry)
        .reference(r.supplyReference()))), CommitRecord::movements);
  }

  List<Movement> adjust(StockKey key, long delta, String reason, @Nullable String lot, IdempotencyKey idem) {
    return correct(MovementKind.ADJUSTMENT, key, delta, reason, lot, null, idem);
  }

  /** A signed correction of sellable stock: an adjustment or a cycle count's correction. */
  List<Movement> correct(MovementKind kind, StockKey key, long delta, String reason, @Nullable String lot,
      @Nullable String reference, IdempotencyKey idem) {
    Product p = stocked(key);
    Check.nonZero("delta", delta);
    Check.text("reason", reason, 200);
    if (delta > 0) {
      lotRules(p, lot, Optional.empty(), StockState.SELLABLE);
    } else if (lot != null && !p.lotTracked()) {
      throw ValidationException.of("lot", "must be empty for a product without lot tracking", lot);
    }
    String fp = kind + "|" + key + "|" + delta + "|" + reason + "|" + lot;
    return runner.run(idem, fp, plan -> {
      if (delta < 0 && p.lotTracked() && lot == null) {
        List<Movement> out = new ArrayList<>();
        for (Lots.Take t : Lots.take(key, plan.balance(key), -delta, p.lotConsumption(), runner.today(plan.now()), true)) {
          out.add(plan.move(key, Movement.builder().kind(kind).quantity(-t.quantity()).reason(reason)
              .reference(Optional.ofNullable(reference)).lot(t.lot()).lotExpiry(Optional.ofNullable(t.expiry()))));
        }
        return out;
      }
      return List.of(plan.move(key, Movement.builder().kind(kind).quantity(delta).reason(reason)
          .reference(Optional.ofNullable(reference)).lot(Optional.ofNullable(lot))));
    }, CommitRecord::movements);
  }

  String transfer(Sku sku, LocationId from, LocationId to, long quantity, LocalDate expectedArrival, IdempotencyKey idem) {
    StockKey src = StockKey.of(sku, from);
    StockKey dst = StockKey.of(sku, to);
    Product p = stocked(src);
    stocked(dst);
    Check.quantity("quantity", quantity);
    if (from.equals(to)) {
      throw ValidationException.of("to", "must differ from the source location", to);
    }
    lifecycle.expireDue(src);
    String fp = "transfer|" + src + "|" + to + "|" + quantity + "|" + expectedArrival;
    return runner.run(idem, fp, plan -> {
      String id = ids.nextId("T");
      if (p.lotTracked() && !plan.balance(src).lots().isEmpty()) {
        for (Lots.Take t : Lots.take(src, plan.balance(src), quantity, p.lotConsumption(), runner.today(plan.now()), false)) {
          Optional<LocalDate> exp = Optional.ofNullable(t.expiry());
          plan.move(src, Movement.builder().kind(MovementKind.TRANSFER_OUT).quantity(t.quantity()).reference(id).lot(t.lot()).lotExpiry(exp));
          plan.move(dst, Movement.builder().kind(MovementKind.TRANSFER_IN_TRANSIT).quantity(t.quantity()).reference(id)
              .expectedDate(expectedArrival).lot(t.lot()).lotExpiry(exp));
        }
      } else {
        plan.move(src, Movement.builder().kind(MovementKind.TRANSFER_OUT).quantity(quantity).reference(id));
        plan.move(dst, Movement.builder().kind(MovementKind.TRANSFER_IN_TRANSIT).quantity(quantity).reference(id)
            .expectedDate(expectedArrival));
      }
      return id;
    }, rec -> rec.movements().get(0).reference().orElseThrow());
  }

  List<Movement> receiveTransfer(StockKey to, String transferId, IdempotencyKey idem) {
    stocked(to);
    Check.text("transferId", transferId, 100);
    return runner.run(idem, "receive-transfer|" + to + "|" + transferId, plan -> {
      plan.balance(to); // read the version before the ledger, so a concurrent receipt of this transfer conflicts
      Map<String, Long> open = new LinkedHashMap<>();
      Map<String, LocalDate> expiries = new LinkedHashMap<>();
      for (Movement m : runner.store().movements(to)) {
        if (m.reference().filter(transferId::equals).isEmpty()) {
          continue;
        }
        String lot = m.lot().orElse("");
        if (m.kind() == MovementKind.TRANSFER_IN_TRANSIT) {
          open.merge(lot, m.quantity(), Long::sum);
          m.lotExpiry().ifPresent(e -> expiries.put(lot, e));
        } else if (m.kind() == MovementKind.TRANSFER_IN) {
          open.merge(lot, -m.quantity(), Long::sum);
        }
      }
      List<Movement> out = new ArrayList<>();
      open.forEach((lot, q) -> {
        if (q > 0) {
          out.add(plan.move(to, Movement.builder().kind(MovementKind.TRANSFER_IN).quantity(q).reference(transferId)
              .lot(lot.isEmpty() ? Optional.empty() : Optional.of(lot)).lotExpiry(Optional.ofNullable(expiries.get(lot)))));
        }
      });
      if (out.isEmpty()) {
        throw ValidationException.of("transferId", "must have units in transit to " + to, transferId);
      }
      return out;
    }, CommitRecord::movements);
  }

  List<Movement> returnToStock(StockKey key, long quantity, StockState state, @Nullable String lot, IdempotencyKey idem) {
    Product p = stocked(key);
    Check.quantity("quantity", quantity);
    Optional<LocalDate> expiry = lotRules(p, lot, Optional.empty(), state);
    String fp = "return|" + key + "|" + quantity + "|" + state + "|" + lot;
    return runner.run(idem, fp, plan -> List.of(plan.move(key, Movement.builder().kind(MovementKind.RETURN)
        .quantity(quantity).state(state).lot(Optional.ofNullable(lot)).lotExpiry(expiry))), CommitRecord::movements);
  }

  List<Movement> changeState(StockKey key, long quantity, StockState from, StockState to, String reason,
      @Nullable String lot, IdempotencyKey idem) {
    Product p = stocked(key);
    Check.quantity("quantity", quantity);
    Check.text("reason", reason, 200);
    if (from == to) {
      throw ValidationException.of("to", "must differ from the state units leave", to);
    }
    if (to == StockState.SELLABLE) {
      lotRules(p, lot, Optional.empty(), to);
    }
    String fp = "state|" + key + "|" + quantity + "|" + from + "|" + to + "|" + reason + "|" + lot;
    if (from == StockState.SELLABLE && lot != null && !p.lotTracked()) {
      throw ValidationException.of("lot", "must be empty for a product without lot tracking", lot);
    }
    return runner.run(idem, fp, plan -> {
      if (from == StockState.SELLABLE && lot != null) {
        // the named lot and no other (a recall): the balance refuses more than the lot holds
        LotBalance named = plan.balance(key).lots().stream().filter(l -> l.lot().equals(lot)).findFirst()
            .orElseThrow(() -> new InsufficientStockException(key + " lot " + lot, "lot on hand", quantity, 0));
        return List.of(plan.move(key, Movement.builder().kind(MovementKind.STATE_CHANGE).quantity(quantity).state(from)
            .toState(to).reason(reason).lot(lot).lotExpiry(named.expiry())));
      }
      if (from == StockState.SELLABLE && p.lotTracked() && !plan.balance(key).lots().isEmpty()) {
        List<Movement> out = new ArrayList<>();
        for (Lots.Take t : Lots.take(key, plan.balance(key), quantity, p.lotConsumption(), runner.today(plan.now()), true)) {
          out.add(plan.move(key, Movement.builder().kind(MovementKind.STATE_CHANGE).quantity(t.quantity()).state(from)
              .toState(to).reason(reason).lot(t.lot()).lotExpiry(Optional.ofNullable(t.expiry()))));
        }
        return out;
      }
      return List.of(plan.move(key, Movement.builder().kind(MovementKind.STATE_CHANGE).quantity(quantity).state(from)
          .toState(to).reason(reason).lot(Optional.ofNullable(to == StockState.SELLABLE ? lot : null))));
    }, CommitRecord::movements);
  }

  List<Movement> expectSupply(StockKey key, long quantity, LocalDate date, String ref, IdempotencyKey idem) {
    stocked(key);
    Check.quantity("quantity", quantity);
    Check.text("supplyReference", ref, 100);
    Check.present("expectedDate", date);
    String fp = "expect|" + key + "|" + quantity + "|" + date + "|" + ref;
    return runner.run(idem, fp, plan -> List.of(plan.move(key, Movement.builder().kind(MovementKind.SUPPLY_EXPECTED)
        .quantity(quantity).expectedDate(date).reference(ref))), CommitRecord::movements);
  }

  List<Movement> cancelSupply(StockKey key, String ref, IdempotencyKey idem) {
    stocked(key);
    Check.text("supplyReference", ref, 100);
    return runner.run(idem, "cancel-supply|" + key + "|" + ref, plan -> {
      long open = plan.balance(key).schedule().stream()
          .filter(s -> !s.transfer() && s.reference().equals(ref)).mapToLong(ScheduledSupply::quantity).sum();
      if (open == 0) {
        throw ValidationException.of("supplyReference", "must have units still expected at " + key, ref);
      }
      return List.of(plan.move(key, Movement.builder().kind(MovementKind.SUPPLY_CANCELLED).quantity(open).reference(ref)));
    }, CommitRecord::movements);
  }

  List<Movement> setSafetyStock(StockKey key, long level, IdempotencyKey idem) {
    stocked(key);
    Check.nonNegative("level", level);
    return runner.run(idem, "safety|" + key + "|" + level, plan -> List.of(plan.move(key, Movement.builder()
        .kind(MovementKind.SAFETY_STOCK).quantity(level))), CommitRecord::movements);
  }

  /** The product of a key that can hold stock: known SKU (not a kit) at a known location. */
  private Product stocked(StockKey key) {
    Product p = catalog.product(key.sku()).orElseThrow(() -> ValidationException.of("sku", "must be a known product", key.sku()));
    if (catalog.kit(key.sku()).isPresent()) {
      throw ValidationException.of("sku", "must not be a kit: kits hold no stock of their own", key.sku());
    }
    desk.knownLocation(key.location());
    return p;
  }

  /** Checks lot input against the product; returns the expiry to record. */
  private Optional<LocalDate> lotRules(Product p, @Nullable String lot, Optional<LocalDate> expiry, StockState state) {
    if (!p.lotTracked()) {
      if (lot != null) {
        throw ValidationException.of("lot", "must be empty for a product without lot tracking", lot);
      }
      return Optional.empty();
    }
    if (state != StockState.SELLABLE) {
      return Optional.empty();
    }
    if (lot == null) {
      throw ValidationException.of("lot", "must be set for lot-tracked product " + p.sku(), null);
    }
    Check.text("lot", lot, 100);
    LocalDate today = LocalDate.now(runner.clock());
    Optional<LocalDate> e = expiry.isPresent() ? expiry : p.shelfLifeDays().map(today::plusDays);
    if (e.isPresent() && e.get().isBefore(today)) {
      throw ValidationException.of("lotExpiry", "must not be before today " + today + ": the lot has expired", e.get());
    }
    return e;
  }
}
