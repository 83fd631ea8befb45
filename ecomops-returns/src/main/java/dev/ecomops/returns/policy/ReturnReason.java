package dev.ecomops.returns.policy;

/** Why a customer returns an item. */
public enum ReturnReason {
  /** No longer wanted. */
  CHANGED_MIND(false),
  /** Wrong size or fit. */
  DOES_NOT_FIT(false),
  /** Faulty. */
  DEFECTIVE(true),
  /** Not what was ordered. */
  WRONG_ITEM(true),
  /** Arrived damaged. */
  DAMAGED_IN_TRANSIT(true),
  /** Differs from its description. */
  NOT_AS_DESCRIBED(true);

  private final boolean sellerFault;

  ReturnReason(boolean sellerFault) {
    this.sellerFault = sellerFault;
  }

  /** Whether the seller is at fault: fees are waived, shipping is on the merchant, final sale does not apply. */
  public boolean sellerFault() {
    return sellerFault;
  }
}
