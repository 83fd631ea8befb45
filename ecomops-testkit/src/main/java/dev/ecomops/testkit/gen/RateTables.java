package dev.ecomops.testkit.gen;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Rate tables for the shipping module's {@code TableRateCarrier}, as the files it loads: valid by
 * construction (every zone priced for every service at every weight break, transit for every
 * zone). {@link #tables()} generates them; {@link Spec#write} lays one out in a directory.
 */
public final class RateTables {
  private RateTables() {}

  /**
   * A carrier's tables.
   *
   * @param name the carrier
   * @param services services offered, 1 to 4
   * @param zones zones 1 to this, by the distance between the first postal digits
   * @param base the price of the lightest parcel to zone 1, dollars
   * @param perPound the price of each further pound, dollars
   * @param fuelPercent the fuel surcharge
   */
  public record Spec(String name, int services, int zones, double base, double perPound, int fuelPercent) {

    /** Writes {@code carrier.csv}, {@code services.csv}, {@code zones.csv}, {@code rates.csv}, {@code transit.csv} and {@code surcharges.csv} into a new directory under {@code parent}. */
    public Path write(Path parent) throws IOException {
      Path d = Files.createDirectories(parent.resolve(name));
      Files.writeString(d.resolve("carrier.csv"), "name,currency,units,fuel_percent\n" + name + ",USD,imperial," + fuelPercent
          + "\n");
      StringBuilder svc = new StringBuilder("service,divisor,increment\n");
      StringBuilder zoneRows = new StringBuilder("origin,destination,zone\n");
      StringBuilder rates = new StringBuilder("service,zone,max_weight,price\n");
      StringBuilder transit = new StringBuilder("service,zone,days\n");
      for (int o = 0; o <= 9; o++) {
        for (int t = 0; t <= 9; t++) {
          zoneRows.append("US:").append(o).append(",US:").append(t).append(',')
              .append(Math.min(zones, 1 + Math.abs(o - t))).append('\n');
        }
      }
      for (int s = 0; s < services; s++) {
        svc.append("s").append(s).append(",139,1\n");
        for (int z = 1; z <= zones; z++) {
          for (int w = 1; w <= 70; w++) {
            rates.append('s').append(s).append(',').append(z).append(',').append(w).append(',')
                .append(String.format(Locale.ROOT, "%.2f", base * (1 + s) + 0.5 * z + perPound * w)).append('\n');
          }
          transit.append('s').append(s).append(',').append(z).append(',').append(Math.max(1, 1 + z / 2 - s)).append('\n');
        }
      }
      Files.writeString(d.resolve("services.csv"), svc);
      Files.writeString(d.resolve("zones.csv"), zoneRows);
      Files.writeString(d.resolve("rates.csv"), rates);
      Files.writeString(d.resolve("transit.csv"), transit);
      Files.writeString(d.resolve("surcharges.csv"), "surcharge,amount,threshold\nresidential,1.50,\n");
      return d;
    }
  }

  /** Carriers of 1 to 4 services over 2 to 8 zones, $3 to $15 base, $0.20 to $2 a pound. */
  public static Gen<Spec> tables() {
    return integers().between(1, 4).zip(integers().between(2, 8), doubles().between(3, 15), doubles().between(0.2, 2),
        (s, z, b, p) -> new Spec("C" + s + z, s, z, Math.rint(b * 100) / 100, Math.rint(p * 100) / 100, 5 + z));
  }
}
