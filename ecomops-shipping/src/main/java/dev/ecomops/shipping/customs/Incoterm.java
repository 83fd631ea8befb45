package dev.ecomops.shipping.customs;

/** Who pays duties and taxes on arrival (Incoterms 2020). */
public enum Incoterm {
  /** Delivered Duty Paid: the seller pays; the customer pays nothing at the door. */
  DDP,
  /** Delivered At Place: the customer pays duties and taxes on delivery. */
  DAP
}
