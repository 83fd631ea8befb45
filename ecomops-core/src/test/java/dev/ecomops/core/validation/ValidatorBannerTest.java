package dev.ecomops.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hibernate Validator's banner")
class ValidatorBannerTest {

  /** Everything a fresh JVM printed while building a validator (stdout and stderr together). */
  private static String run(String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        BannerProbe.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  @DisplayName("a validator built by ecomops prints nothing; a bare one prints HV000001 (so the check can see it)")
  void silent() throws Exception {
    assertThat(run("bare")).contains("HV000001").contains("built");
    assertThat(run()).doesNotContain("HV000001").contains("built");
  }
}
