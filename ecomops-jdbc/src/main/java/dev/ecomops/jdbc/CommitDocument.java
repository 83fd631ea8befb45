package dev.ecomops.jdbc;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationLine;
import dev.ecomops.core.inventory.ScheduledSupply;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitRecord;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A commit as the one JSON document the {@code commit_inventory} function reads (schema version 5),
 * so a commit is one round trip: the idempotency record, the stock updates in one lock order (no
 * deadlock between commits), their movements, the reservation updates with their keys, and the
 * events for the outbox.
 */
final class CommitDocument {
  static final Type LOTS = new TypeToken<List<LotBalance>>() {}.getType();
  static final Type SCHEDULE = new TypeToken<List<ScheduledSupply>>() {}.getType();

  /** What a commit record's body holds. */
  record Written(List<Movement> movements, List<Reservation> reservations) {}

  private CommitDocument() {}

  /** The commit as the JSON document commit_inventory reads (schema version 5). */
  static String of(Commit commit, Gson gson) {
    JsonObject doc = new JsonObject();
    IdempotencyKey key = commit.idempotencyKey();
    if (key != null) {
      CommitRecord record = CommitRecord.of(commit);
      doc.addProperty("key", key.value());
      doc.addProperty("fingerprint", record.fingerprint());
      doc.addProperty("record", gson.toJson(new Written(record.movements(), record.reservations())));
    }
    List<Commit.StockUpdate> stock = new ArrayList<>(commit.stock());
    stock.sort(Comparator.comparing(Commit.StockUpdate::key)); // one lock order for every commit: no deadlock
    JsonArray updates = new JsonArray();
    for (Commit.StockUpdate u : stock) {
      Balance b = u.balance();
      JsonObject o = new JsonObject();
      o.addProperty("sku", u.key().sku().value());
      o.addProperty("location", u.key().location().value());
      o.addProperty("expected", u.expectedVersion());
      o.addProperty("version", b.version());
      o.addProperty("onHand", b.onHand());
      o.addProperty("reserved", b.reserved());
      o.addProperty("picked", b.picked());
      o.addProperty("damaged", b.damaged());
      o.addProperty("onHold", b.onHold());
      o.addProperty("inTransit", b.inTransit());
      o.addProperty("incoming", b.incoming());
      o.addProperty("safetyStock", b.safetyStock());
      o.addProperty("lots", gson.toJson(b.lots(), LOTS));
      o.addProperty("schedule", gson.toJson(b.schedule(), SCHEDULE));
      JsonArray movements = new JsonArray();
      for (Movement m : u.movements()) {
        JsonObject mo = new JsonObject();
        mo.addProperty("sequence", m.sequence());
        mo.addProperty("body", gson.toJson(m, Movement.class));
        movements.add(mo);
      }
      o.add("movements", movements);
      updates.add(o);
    }
    doc.add("stock", updates);
    List<Commit.ReservationUpdate> reservations = new ArrayList<>(commit.reservations());
    reservations.sort(Comparator.comparing(r -> r.reservation().id().value()));
    JsonArray rs = new JsonArray();
    for (Commit.ReservationUpdate u : reservations) {
      Reservation r = u.reservation();
      JsonObject o = new JsonObject();
      o.addProperty("id", r.id().value());
      o.addProperty("expected", u.expectedVersion());
      o.addProperty("version", r.version());
      o.addProperty("status", r.status().name());
      o.addProperty("expiresAt", r.expiresAt().map(Instant::toString).orElse(null));
      o.addProperty("body", gson.toJson(r, Reservation.class));
      Set<StockKey> keys = new LinkedHashSet<>();
      for (ReservationLine line : r.lines()) {
        keys.add(line.key());
      }
      JsonArray ks = new JsonArray();
      for (StockKey k : keys) {
        JsonObject ko = new JsonObject();
        ko.addProperty("sku", k.sku().value());
        ko.addProperty("location", k.location().value());
        ks.add(ko);
      }
      o.add("keys", ks);
      rs.add(o);
    }
    doc.add("reservations", rs);
    doc.add("events", JdbcOutbox.rows(commit.events()));
    return gson.toJson(doc);
  }
}
