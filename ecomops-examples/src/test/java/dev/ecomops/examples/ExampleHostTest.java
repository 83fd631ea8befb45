package dev.ecomops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExampleHost, the README's example")
class ExampleHostTest {
  @Test
  @DisplayName("runs on the host's own store: receive, hold, confirm and ship")
  void main_printsAvailable() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ExampleHost.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("holds 2; available: 98").contains("shipped; on hand: 98");
  }
}
