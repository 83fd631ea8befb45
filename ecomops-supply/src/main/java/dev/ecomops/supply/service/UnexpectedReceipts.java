package dev.ecomops.supply.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent.UnexpectedReceiptHeld;
import dev.ecomops.core.event.SupplyEvent.UnexpectedReceiptResolved;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.core.retry.Conflicts;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import java.util.List;

/**
 * Receipts that match no purchase-order line: held on quality hold until they are matched to a
 * line or kept as our own stock. Each step is idempotent and goes through {@link
 * PurchaseOrderSteps}.
 */
final class UnexpectedReceipts {
  private final PurchaseOrderSteps steps;

  UnexpectedReceipts(PurchaseOrderSteps steps) {
    this.steps = steps;
  }

  /**
   * Holds units that match no purchase-order line: they enter stock on quality hold under the
   * receipt's reference, and wait in the repository until {@link PurchaseOrders#matchUnexpected} or {@link
   * #keepUnexpected}. The same receipt again changes nothing.
   */
  UnexpectedReceipt holdUnexpected(UnexpectedReceipt receipt) {
    if (receipt.version() != 1 || !receipt.held()) {
      throw ValidationException.of("version", "must be a new, unresolved receipt (version 1)", receipt.version());
    }
    steps.keeper.receive(Receipt.builder().sku(receipt.sku()).location(receipt.location()).quantity(receipt.quantity())
        .state(StockState.QUALITY_HOLD).supplyReference(receipt.reference())
        .idempotencyKey(IdempotencyKey.of("unexpected-" + receipt.id())).build());
    if (!steps.repository.saveUnexpected(receipt, 0, List.of(EventEnvelope.ofVersion("receipt", receipt.id(), 1, 0,
        new UnexpectedReceiptHeld(receipt.id(), receipt.supplier(), receipt.sku(), receipt.location(),
            receipt.quantity(), steps.clock.instant()))))) {
      return steps.relayed(Conflicts.stored(steps.repository.findUnexpected(receipt.id()), "unexpected receipt", receipt.id()));
    }
    return steps.relayed(receipt);
  }

  /**
   * Settles a held unexpected receipt as units of a purchase-order line: the line counts them as
   * received (and expects that many fewer); they stay on quality hold for {@link PurchaseOrders#inspect}.
   *
   * @throws ValidationException naming {@code sku} when the line is of another SKU
   */
  PurchaseOrder matchUnexpected(String receiptId, PurchaseOrderId id, String lineId) {
    UnexpectedReceipt r = findUnexpected(receiptId);
    PurchaseOrder po = steps.find(id);
    PurchaseOrder.Line line = po.line(lineId);
    if (!line.sku().equals(r.sku())) {
      throw ValidationException.of("sku", "must be the line's SKU " + line.sku(), r.sku());
    }
    String how = "po:" + id + "/" + lineId;
    if (!r.held()) {
      if (how.equals(r.resolution())) {
        return steps.relayed(steps.sync(id, r.reference(), lineId));
      }
      throw new InvalidTransitionException("unexpected receipt " + receiptId, r.resolution(), how);
    }
    if (!po.applied().contains(r.reference())) {
      if (!po.status().next().contains(PoStatus.PARTIALLY_RECEIVED) && !po.status().next().contains(PoStatus.RECEIVED)) {
        throw new InvalidTransitionException("purchase order " + id, po.status().name(), "a receipt");
      }
      steps.applyArrival(id, r.reference(), line, r.quantity(), 0, null);
    }
    resolve(r, how);
    return steps.relayed(steps.sync(id, r.reference(), lineId));
  }

  /**
   * Settles a held unexpected receipt by keeping the units as our own stock: they become sellable.
   *
   * @param reason why (recorded in the ledger and the resolution)
   */
  UnexpectedReceipt keepUnexpected(String receiptId, String reason) {
    UnexpectedReceipt r = findUnexpected(receiptId);
    if (!r.held()) {
      return r;
    }
    steps.keeper.changeState(StockKey.of(r.sku(), r.location()), r.quantity(), StockState.QUALITY_HOLD, StockState.SELLABLE,
        "unexpected receipt kept: " + reason, null, IdempotencyKey.of("unexpected-" + receiptId + "-kept"));
    return steps.relayed(resolve(r, "kept: " + reason));
  }

  /** Unexpected receipts still held. */
  List<UnexpectedReceipt> heldUnexpected() {
    return steps.repository.heldUnexpected();
  }

  private UnexpectedReceipt findUnexpected(String receiptId) {
    return steps.repository.findUnexpected(receiptId)
        .orElseThrow(() -> ValidationException.of("receiptId", "must be a held unexpected receipt", receiptId));
  }

  private UnexpectedReceipt resolve(UnexpectedReceipt r, String how) {
    UnexpectedReceipt after = r.resolved(how);
    if (!steps.repository.saveUnexpected(after, r.version(), List.of(EventEnvelope.ofVersion("receipt", r.id(),
        after.version(), 0, new UnexpectedReceiptResolved(r.id(), how, steps.clock.instant()))))) {
      return Conflicts.stored(steps.repository.findUnexpected(r.id()), "unexpected receipt", r.id());
    }
    return after;
  }
}
