package dev.ecomops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ecomops command line")
class EcomopsCommandTest extends CliHarness {

  @Test
  @DisplayName("demo exits 0 and prints balances that follow from its script")
  void demo_printsBalancesAndLedger() {
    assertThat(run("demo")).isZero();
    String text = out.toString();
    // 120 received, 3 shipped, count found 116 (one short of the 117 book)
    assertThat(text).containsPattern("TEE-BLK-M\\s+DC-EAST\\s+116\\s+0\\s+0\\s+0\\s+116");
    // 50 coffee received in two lots, 25 picked FEFO: 20 of the lot expiring 2026-12-20 first
    assertThat(text).containsPattern("COFFEE-250G@DC-EAST\\s+4 PICK\\s+20\\s+R-4\\s+L2609");
    assertThat(text).contains("refused: insufficient stock at TEE-BLK-M@DC-WEST: requested 50 but available to promise is 40");
    assertThat(text).contains("1 reservation expired");
    assertThat(text).contains("Ledger");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("demo output is the same on every run")
  void demo_deterministic() {
    run("demo");
    String first = out.toString();
    out.getBuffer().setLength(0);
    run("demo");
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  @DisplayName("--no-ledger leaves the ledger out")
  void demo_noLedger() {
    assertThat(run("demo", "--no-ledger")).isZero();
    assertThat(out.toString()).contains("Balances").doesNotContain("Ledger");
  }

  @Test
  @DisplayName("--help exits 0 for the command and every subcommand")
  void help() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("Exit codes");
    assertThat(run("demo", "--help")).isZero();
  }

  @Test
  @DisplayName("an unknown option exits 2 with a message")
  void badOption_exits2() {
    assertThat(run("demo", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("--frobnicate");
  }
}
