package dev.ecomops.kpi;

import dev.ecomops.core.Money;
import dev.ecomops.kpi.fact.Fact;
import java.time.Instant;
import java.util.List;

/** A small event log whose KPIs are worked out by hand in {@link KpiEngineTest}. Week of Monday 2 November 2026, UTC. */
final class HandLog {
  private HandLog() {}

  static Instant t(String s) {
    return Instant.parse("2026-" + s + ":00Z");
  }

  static Money usd(String a) {
    return Money.of(a, "USD");
  }

  static List<Fact> facts() {
    return List.of(
        // placed: 11 units, 9 filled; 2 backordered orders; 3 with a stockout
        new Fact.OrderPlaced("P1", t("11-02T08:00"), "web", "DC1", "", 3, 3, false, false),
        new Fact.OrderPlaced("P2", t("11-02T09:00"), "web", "DC1", "", 2, 1, true, true),
        new Fact.OrderPlaced("P3", t("11-02T09:30"), "market", "DC2", "", 5, 5, false, true),
        new Fact.OrderPlaced("P4", t("11-02T09:45"), "market", "DC2", "", 1, 0, true, true),
        // shipped: cycle 2 h, 24 h, 4 h, 48 h; on time: S1, S3 (at the promise exactly); S2 inaccurate
        new Fact.OrderShipped("S1", t("11-02T10:00"), t("11-02T08:00"), t("11-02T12:00"), "web", "DC1", "UPS", "", 3, true,
            usd("1.50"), usd("0.50"), usd("5.00"), usd("10.00")),
        new Fact.OrderShipped("S2", t("11-02T10:00"), t("11-01T10:00"), t("11-01T18:00"), "web", "DC1", "FDX", "", 1, false,
            usd("2.00"), usd("0.70"), usd("8.00"), usd("6.00")),
        new Fact.OrderShipped("S3", t("11-02T10:00"), t("11-02T06:00"), t("11-02T10:00"), "market", "DC2", "UPS", "", 5,
            true, usd("1.00"), usd("0.30"), usd("4.00"), usd("12.00")),
        new Fact.OrderShipped("S4", t("11-02T10:00"), t("10-31T10:00"), t("11-01T00:00"), "market", "DC2", "UPS", "", 1,
            true, usd("1.50"), usd("0.50"), usd("6.00"), usd("4.00")),
        // delivered: D1 perfect; D2 late; D3 damaged; D4 incomplete. Cycle (placed to delivered): 24 h,
        // 72 h, 48 h; D4 does not say when it was placed and has none
        new Fact.OrderDelivered("D1", t("11-03T12:00"), t("11-02T12:00"), t("11-04T00:00"), "web", "DC1", "UPS", "", true, false, true),
        new Fact.OrderDelivered("D2", t("11-05T12:00"), t("11-02T12:00"), t("11-04T00:00"), "web", "DC1", "FDX", "", true, false, true),
        new Fact.OrderDelivered("D3", t("11-03T12:00"), t("11-01T12:00"), t("11-04T00:00"), "market", "DC2", "UPS", "", true, true, true),
        new Fact.OrderDelivered("D4", t("11-03T12:00"), null, t("11-04T00:00"), "market", "DC2", "UPS", "", false, false, true),
        // picking: 3 orders in a 120 m tour and 1 in a 60 m tour: 45 m an order
        new Fact.BatchPicked("B1", t("11-02T09:00"), "DC1", 3, 7, 120),
        new Fact.BatchPicked("B2", t("11-02T09:30"), "DC2", 1, 2, 60),
        // counts: 2 of 3 exact
        new Fact.InventoryCounted(t("11-02T20:00"), "DC1", "apparel", "TEE", 10, 10),
        new Fact.InventoryCounted(t("11-02T20:00"), "DC1", "apparel", "CAP", 5, 4),
        new Fact.InventoryCounted(t("11-02T20:00"), "DC2", "home", "MUG", 0, 0),
        // snapshots on two days: values 200 + 0 and 120 + 100 = 420 over 2 days; 2 of 4 lines with nothing available
        new Fact.InventorySnapshot(t("11-02T23:00"), "DC1", "apparel", "TEE", 100, 90, usd("2.00")),
        new Fact.InventorySnapshot(t("11-02T23:00"), "DC1", "apparel", "CAP", 0, 0, usd("5.00")),
        new Fact.InventorySnapshot(t("11-03T23:00"), "DC1", "apparel", "TEE", 60, 0, usd("2.00")),
        new Fact.InventorySnapshot(t("11-03T23:00"), "DC1", "apparel", "CAP", 20, 20, usd("5.00")),
        // returns: 2 units back of 10 shipped; resolutions 48 h and 24 h
        new Fact.ReturnReceived("R1", t("11-04T09:00"), "web", "DC1", "apparel", 2),
        new Fact.ReturnResolved("R1", t("11-06T10:00"), t("11-04T10:00"), "web", "DC1"),
        new Fact.ReturnResolved("R2", t("11-06T10:00"), t("11-05T10:00"), "market", "DC2"),
        // tickets: first answers after 30 and 90 minutes; resolutions after 4, 8 and 12 hours
        new Fact.TicketFirstResponse("T1", t("11-02T10:30"), t("11-02T10:00"), "email"),
        new Fact.TicketFirstResponse("T2", t("11-02T11:30"), t("11-02T10:00"), "chat"),
        new Fact.TicketResolved("T1", t("11-02T14:00"), t("11-02T10:00"), "email"),
        new Fact.TicketResolved("T2", t("11-02T18:00"), t("11-02T10:00"), "chat"),
        new Fact.TicketResolved("T3", t("11-02T22:00"), t("11-02T10:00"), "chat"),
        // surveys: 5, 4 satisfied; 2, 3 not
        new Fact.SurveyAnswered("T1", t("11-02T15:00"), "email", 5),
        new Fact.SurveyAnswered("T2", t("11-02T19:00"), "chat", 4),
        new Fact.SurveyAnswered("T3", t("11-02T23:00"), "chat", 2),
        new Fact.SurveyAnswered("T4", t("11-02T23:30"), "chat", 3));
  }
}
