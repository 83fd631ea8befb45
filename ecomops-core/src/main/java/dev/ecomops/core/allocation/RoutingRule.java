package dev.ecomops.core.allocation;

/** One rule of a {@link RuleChainStrategy}, in the style of commerce platforms' order routing. */
public enum RoutingRule {
  /** Prefer one location that can ship the whole order; the later rules pick among such locations. */
  SHIP_COMPLETE_FROM_ONE("ship complete from one location"),
  /** Use the fewest locations that together cover the order (see {@link MinSplitStrategy}). */
  FEWEST_SHIPMENTS("fewest shipments"),
  /** Rank by great-circle distance to the destination. */
  NEAREST("nearest"),
  /** Rank by location priority, lower first. */
  PRIORITY("priority");

  private final String label;

  RoutingRule(String label) {
    this.label = label;
  }

  /** The rule as explanations name it. */
  public String label() {
    return label;
  }
}
