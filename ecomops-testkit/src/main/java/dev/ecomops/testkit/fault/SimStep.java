package dev.ecomops.testkit.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One step of a simulation: a command picked from the seed, its arguments as small numbers the
 * world interprets (an order index, a SKU index, a quantity), and the seed of the faults injected
 * while it runs. Steps are independent of each other's outcomes, so a subsequence of steps is
 * again a valid run (which is what lets a failure be shortened).
 *
 * @param index the step's place in the original run, for reports
 * @param op the command
 * @param a first argument
 * @param b second argument
 * @param faultSeed the seed of this step's faults
 */
record SimStep(int index, Op op, int a, int b, long faultSeed) {

  /** The commands a simulated host issues, with their relative weights. */
  enum Op {
    RECEIVE(6), CART(6), CART_RELEASE(3), PLACE(14), CANCEL(2), CANCEL_LINE(2), CHANGE_QUANTITY(3), RELEASE(5),
    PICK(5), PACK(4), SHIP(5), DELIVER(3), BACKORDERS(3), REALLOCATE(2), HOLD(1), UNHOLD(1),
    PO_OPEN(2), PO_RECEIVE(3), PO_CLOSE(1), RMA_OPEN(3), RMA_RECEIVE(3), RMA_INSPECT(3), RMA_REFUND(3),
    TICKET_OPEN(2), TICKET_RESOLVE(2), RELAY(6), TICK(4);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }
  }

  /** {@code n} steps drawn from {@code seed}. */
  static List<SimStep> generate(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    int total = 0;
    for (Op op : Op.values()) {
      total += op.weight;
    }
    List<SimStep> steps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(total);
      Op chosen = Op.TICK;
      for (Op op : Op.values()) {
        pick -= op.weight;
        if (pick < 0) {
          chosen = op;
          break;
        }
      }
      steps.add(new SimStep(i, chosen, r.nextInt(1 << 16), r.nextInt(1 << 16), r.nextLong()));
    }
    return steps;
  }

  @Override
  public String toString() {
    return "#" + index + " " + op + "(" + a + ", " + b + ")";
  }
}
