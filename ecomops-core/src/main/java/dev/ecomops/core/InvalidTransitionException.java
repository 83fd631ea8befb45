package dev.ecomops.core;


/**
 * Thrown when a command asks an entity for a transition its current state does not allow, e.g.
 * confirming a released reservation. Names the state it was in and the one asked for; the command
 * changed nothing.
 */
public final class InvalidTransitionException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  private final String from;
  private final String to;

  /**
   * @param entity what was asked, e.g. {@code reservation R-7}
   * @param from the state it is in
   * @param to the state or action asked for
   */
  public InvalidTransitionException(String entity, String from, String to) {
    super(entity + " is " + from + " and cannot go to " + to);
    this.from = from;
    this.to = to;
  }

  /** The state the entity was in. */
  public String from() {
    return from;
  }

  /** The state or action asked for. */
  public String to() {
    return to;
  }
}
