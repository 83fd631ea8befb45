/**
 * Deterministic fault simulation, for us and for adopters: fault-injecting wrappers for every
 * state-keeping SPI (throw before the write, throw after it as a lost acknowledgement, time out
 * either way, answer a version conflict, deliver an event twice), all driven by one seeded {@link
 * dev.ecomops.testkit.fault.FaultInjector}, and {@link dev.ecomops.testkit.fault.FaultSimulation},
 * which drives the real services through seeded command sequences with faults on, retries as a
 * host would, and checks every invariant after every step. In the spirit of FoundationDB's and
 * TigerBeetle's deterministic simulation testing: a failure prints its seed and a shortened step
 * list that reproduces it.
 */
@NullMarked
package dev.ecomops.testkit.fault;

import org.jspecify.annotations.NullMarked;
