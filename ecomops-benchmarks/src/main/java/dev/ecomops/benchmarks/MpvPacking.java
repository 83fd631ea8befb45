package dev.ecomops.benchmarks;

import dev.ecomops.fulfillment.packing.Carton;
import dev.ecomops.fulfillment.packing.Cartonizer;
import dev.ecomops.fulfillment.packing.Item;
import dev.ecomops.fulfillment.packing.Packing;
import dev.ecomops.fulfillment.packing.PackingObjective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cartonizer on the Martello-Pisinger-Vigo 3D bin-packing instances (Operations Research
 * 48(2), 2000; 8 classes × 50, 100, 150, 200 items × 10 instances, in {@code
 * ../shared/data/packing/mpv}): one carton type (the bin), items upright (they may only turn about
 * the vertical axis, one freedom more than the fixed orientation of the literature's
 * experiments), objective fewest cartons. Reports, per class and size, the mean number of bins
 * against a lower bound: the larger of the continuous bound L0 = ⌈Σ item volume ÷ bin volume⌉
 * (Martello, Pisinger and Vigo's L0, which their L1 and L2 tighten) and the number of items
 * larger than half the bin in all three dimensions (no two of them share a bin), and the time.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl ecomops-benchmarks -am
 * java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.MpvPacking ../shared/data/packing/mpv
 * </pre>
 */
public final class MpvPacking {
  private MpvPacking() {}

  /**
   * Runs every class and size found under the folder.
   *
   * @param args the {@code mpv} folder
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/packing/mpv");
    Cartonizer cartonizer = Cartonizer.withDivisor(5000);
    System.out.println("| class | items | instances | mean bins | mean bound | bins / bound | ms per instance |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    double allBins = 0;
    double allBound = 0;
    for (int cls = 1; cls <= 8; cls++) {
      for (int n : new int[] {50, 100, 150, 200}) {
        Path dir = root.resolve(cls + "_" + n);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
          files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long bins = 0;
        long bound = 0;
        long nanos = 0;
        for (Path f : files) {
          List<String> lines = Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
          String[] bin = lines.get(0).split("\\s+");
          double w = Double.parseDouble(bin[0]);
          double h = Double.parseDouble(bin[1]);
          double d = Double.parseDouble(bin[2]);
          int count = Integer.parseInt(lines.get(1));
          List<Item> items = new ArrayList<>();
          double volume = 0;
          long big = 0;
          for (int i = 0; i < count; i++) {
            String[] x = lines.get(2 + i).split("\\s+");
            double a = Double.parseDouble(x[0]);
            double b = Double.parseDouble(x[1]);
            double c = Double.parseDouble(x[2]);
            volume += a * b * c;
            big += a > w / 2 && b > h / 2 && c > d / 2 ? 1 : 0;
            // height is the third dimension; upright items keep it vertical
            items.add(new Item("i" + i, a, b, c, 0.001, false));
          }
          long t0 = System.nanoTime();
          Packing p = cartonizer.pack(items, List.of(new Carton("BIN", w, h, d, 1e9, 1)), PackingObjective.COUNT);
          nanos += System.nanoTime() - t0;
          if (!p.unpacked().isEmpty()) {
            throw new IllegalStateException(f + ": items left unpacked: " + p.unpacked().size());
          }
          bins += p.cartons().size();
          bound += Math.max(big, (long) Math.ceil(volume / (w * h * d) - 1e-9));
        }
        allBins += bins;
        allBound += bound;
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.3f | %.1f |%n", cls, n, files.size(),
            (double) bins / files.size(), (double) bound / files.size(), (double) bins / bound,
            nanos / 1e6 / files.size());
      }
    }
    System.out.printf(Locale.ROOT, "all: bins / bound = %.3f%n", allBins / allBound);
  }
}
