package dev.ecomops.returns.service;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.retry.Conflicts;
import dev.ecomops.returns.refund.Refund;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.RefundGateway;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pays an RMA's refund once: the intent is recorded in the {@link RefundLedger} before the
 * {@link RefundGateway} is called, so a retry after an interruption completes that intent (same
 * amount, same key) instead of paying what it asks for, even through a gateway that has forgotten
 * the key.
 */
final class RefundPayments {
  private final RefundLedger ledger;
  private final RefundGateway gateway;

  RefundPayments(RefundLedger ledger, RefundGateway gateway) {
    this.ledger = ledger;
    this.gateway = gateway;
  }

  /**
   * The RMA's refund, paid: the recorded intent if there is one (paying it if it is not yet paid),
   * else {@code refund} after checking it covers only received units.
   */
  RefundRecord payOnce(Rma rma, Refund refund, boolean storeCredit) {
    String key = "rma-" + rma.id();
    RefundRecord intent = ledger.find(key).orElse(null);
    if (intent == null) {
      requireCovered(rma, refund, storeCredit);
      RefundRecord first = new RefundRecord(key, 1, rma.orderId(), refund.total(), storeCredit, "");
      intent = ledger.save(first, 0) ? first : Conflicts.stored(ledger.find(key), "refund", key);
    }
    return intent.paid() ? intent : pay(intent);
  }

  /** The refunds recorded for an order (paid, or intended and not yet confirmed), by key. */
  List<RefundRecord> byOrder(OrderId orderId) {
    return ledger.byOrder(orderId);
  }

  /**
   * Pays a recorded intent and records the reference. A lost race on the record means another
   * caller paid under the same key: the gateway answered both with one payment.
   */
  private RefundRecord pay(RefundRecord intent) {
    String reference = gateway.pay(intent.key(), intent.orderId(), intent.amount(), intent.storeCredit());
    RefundRecord paid = intent.paidAs(reference);
    return ledger.save(paid, intent.version()) ? paid : ledger.find(intent.key()).orElse(paid);
  }

  /** A refund may pay for the RMA's received units and no others. */
  static void requireCovered(Rma rma, Refund refund, boolean storeCredit) {
    Map<String, Long> units = new HashMap<>();
    for (Refund.Line l : refund.lines()) {
      units.merge(l.lineId(), l.quantity(), Long::sum);
    }
    for (Map.Entry<String, Long> e : units.entrySet()) {
      Rma.Line line = rma.lines().stream().filter(l -> l.lineId().equals(e.getKey())).findFirst().orElseThrow(
          () -> ValidationException.of("refund.lines", "must name lines of RMA " + rma.id(), e.getKey()));
      if (e.getValue() > line.received()) {
        throw ValidationException.of("refund.lines", "line " + e.getKey() + " refunds more units than the "
            + line.received() + " received", e.getValue());
      }
    }
    if (!storeCredit && !refund.storeCreditBonus().isZero()) {
      throw ValidationException.of("refund.storeCreditBonus", "must be zero unless paid as store credit",
          refund.storeCreditBonus());
    }
  }
}
