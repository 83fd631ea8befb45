package dev.ecomops.returns.rma;

import dev.ecomops.core.inventory.StockState;

/**
 * An inspection grade, and the disposition it leads to by default.
 */
public enum Grade {
  /** Resalable as new. */
  A(Disposition.RESTOCK_SELLABLE),
  /** Open box. */
  B(Disposition.RESTOCK_OPEN_BOX),
  /** Damaged but repairable. */
  C(Disposition.REFURBISH),
  /** Unsellable. */
  D(Disposition.LIQUIDATE);

  private final Disposition disposition;

  Grade(Disposition disposition) {
    this.disposition = disposition;
  }

  /** The default disposition. */
  public Disposition disposition() {
    return disposition;
  }

  /** What happens to graded units, and the inventory state they are posted in. */
  public enum Disposition {
    /** Back on the shelf as new. */
    RESTOCK_SELLABLE(StockState.SELLABLE),
    /** Back in stock, held for open-box sale (quality hold until relabelled). */
    RESTOCK_OPEN_BOX(StockState.QUALITY_HOLD),
    /** To refurbishment. */
    REFURBISH(StockState.DAMAGED),
    /** Back to the vendor. */
    RETURN_TO_VENDOR(StockState.DAMAGED),
    /** Sold off in bulk. */
    LIQUIDATE(StockState.DAMAGED),
    /** Given away. */
    DONATE(StockState.DAMAGED),
    /** Recycled. */
    RECYCLE(StockState.DAMAGED),
    /** Destroyed. */
    DISPOSE(StockState.DAMAGED);

    private final StockState state;

    Disposition(StockState state) {
      this.state = state;
    }

    /** The state the units enter inventory in. */
    public StockState state() {
      return state;
    }
  }
}
