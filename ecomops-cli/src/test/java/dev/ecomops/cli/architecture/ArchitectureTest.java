package dev.ecomops.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering of ARCHITECTURE.md, checked on the main classes of every module on this
 * classpath (all domain modules, the testkit, the PostgreSQL adapters and the CLI). It lives in the
 * CLI's tests because the CLI is the top of the module graph: every other module is on its test
 * classpath without a cycle.
 */
@DisplayName("Architecture")
class ArchitectureTest {
  private static final List<String> DOMAINS = List.of("forecasting", "supply", "fulfillment", "shipping", "returns", "kpi");
  private static final List<String> MODULES = Stream.concat(Stream.of("core", "testkit", "cli", "simulator", "jdbc"), DOMAINS.stream()).toList();

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.ecomops");

  @Test
  @DisplayName("the classes of core, the CLI, the testkit and the PostgreSQL adapters were imported, so the rules below are not vacuous")
  void imported() {
    assertThat(CLASSES.stream().map(c -> c.getPackageName()))
        .contains("dev.ecomops.core.inventory", "dev.ecomops.core.spi", "dev.ecomops.cli", "dev.ecomops.testkit.inventory",
            "dev.ecomops.jdbc");
  }

  @Test
  @DisplayName("core depends on no other ecomops module")
  void core_dependsOnNothingElse() {
    noClasses().that().resideInAPackage("dev.ecomops.core..")
        .should().dependOnClassesThat().resideInAnyPackage(packagesOf(MODULES.stream().filter(m -> !m.equals("core")).toList()))
        .check(CLASSES);
  }

  @Test
  @DisplayName("each domain module depends on core only, never on another domain module, the testkit or the CLI")
  void domains_dependOnCoreOnly() {
    for (String d : DOMAINS) {
      List<String> others = MODULES.stream().filter(m -> !m.equals(d) && !m.equals("core")).toList();
      noClasses().that().resideInAPackage("dev.ecomops." + d + "..")
          .should().dependOnClassesThat().resideInAnyPackage(packagesOf(others))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  @DisplayName("the CLI never depends on the testkit")
  void cli_neverTestkit() {
    noClasses().that().resideInAPackage("dev.ecomops.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.ecomops.testkit..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("nobody outside a module touches its internal packages")
  void internals_stayInside() {
    for (String m : MODULES) {
      noClasses().that().resideOutsideOfPackage("dev.ecomops." + m + "..")
          .should().dependOnClassesThat().resideInAPackage("dev.ecomops." + m + "..internal..")
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  @DisplayName("SPI types use no Guava and no Immutables-generated types")
  void spi_noGuava() {
    noClasses().that().resideInAPackage("dev.ecomops..spi..")
        .should().dependOnClassesThat().resideInAPackage("com.google.common..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("dev.ecomops..spi..")
        .should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable")
        .check(CLASSES);
  }

  static List<String> modules() {
    return MODULES;
  }

  @ParameterizedTest(name = "ecomops-{0}")
  @MethodSource("modules")
  @DisplayName("the packages of each module are free of cycles (every package its own slice, the module's root package included)")
  void packages_freeOfCycles(String module) {
    assertThat(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith("dev.ecomops." + module))).isTrue();
    packagesFreeOfCycles("dev.ecomops." + module).check(CLASSES);
  }

  @Test
  @DisplayName("the cycle rule fails on a deliberate cycle (fixture packages a -> b -> a in the tests) and passes on an acyclic pair")
  void cycleRule_failsOnACycle() {
    String root = "dev.ecomops.cli.architecture.fixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    assertThat(fixture.stream().map(JavaClass::getPackageName).distinct())
        .contains(root + ".cyclic.a", root + ".cyclic.b", root + ".acyclic.a", root + ".acyclic.b");
    assertThatThrownBy(() -> packagesFreeOfCycles(root + ".cyclic").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining(root + ".cyclic.a")
        .hasMessageContaining(root + ".cyclic.b");
    packagesFreeOfCycles(root + ".acyclic").check(fixture);
  }

  /**
   * Every package under {@code root} (and {@code root} itself) as its own slice: a cycle between a
   * capability and its {@code spi} or {@code service} sub-package counts, as it does for the
   * reader. Classes outside {@code root} are ignored.
   */
  static ArchRule packagesFreeOfCycles(String root) {
    return slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String p = javaClass.getPackageName();
        return p.equals(root) || p.startsWith(root + ".") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of " + root;
      }
    }).should().beFreeOfCycles();
  }

  private static String[] packagesOf(List<String> modules) {
    return modules.stream().map(m -> "dev.ecomops." + m + "..").toArray(String[]::new);
  }
}
