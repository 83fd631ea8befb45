package dev.ecomops.core;

/** The order in which units of a lot-tracked product leave stock. */
public enum LotConsumption {
  /** First in, first out: the lot received earliest goes first. */
  FIFO,
  /** First expired, first out: the lot with the earliest expiry date goes first. */
  FEFO
}
