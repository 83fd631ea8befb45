package dev.ecomops.cli;

import dev.ecomops.core.Check;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationOutcome;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.AllocationStrategy;
import dev.ecomops.core.allocation.MinCostStrategy;
import dev.ecomops.core.allocation.MinSplitStrategy;
import dev.ecomops.core.allocation.NearestStrategy;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.catalog.LocationCapability;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops allocate}: allocates the orders of a CSV file, in file order, against the stock
 * of another, over the locations of a third, and writes the plan as CSV. Every input is read and
 * checked before anything is allocated; on bad input nothing is written. The formats are in the
 * README ("Allocation CSV formats").
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = "Allocate orders from CSV to locations with a strategy, holding stock in memory, and write the plan as CSV.")
final class AllocateCommand implements Callable<Integer> {

  /** The strategies by CLI name. */
  enum StrategyName {
    PRIORITY("priority"), NEAREST("nearest"), MIN_SPLIT("min-split"), MIN_COST("min-cost");

    final String cli;

    StrategyName(String cli) {
      this.cli = cli;
    }

    @Override
    public String toString() {
      return cli;
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--locations", required = true, description = "Locations CSV: id,country,latitude,longitude[,name,priority,capabilities,ships_to,excluded_countries,handling_cost].")
  Path locations;

  @Option(names = "--stock", required = true, description = "Stock CSV: sku,location,quantity.")
  Path stock;

  @Option(names = "--orders", required = true, description = "Orders CSV, one row per line: order_id,line_id,sku,quantity,country[,latitude,longitude,split,when_short,max_shipments].")
  Path orders;

  @Option(names = "--strategy", defaultValue = "priority", converter = StrategyConverter.class,
      description = "priority, nearest, min-split or min-cost (default: ${DEFAULT-VALUE}).")
  StrategyName strategy = StrategyName.PRIORITY;

  @Option(names = "--output", required = true, description = "Where to write the plan CSV; - for standard output.")
  Path output;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of costs for min-cost (default: ${DEFAULT-VALUE}).")
  String currency = "USD";

  @Option(names = "--cost-per-shipment", defaultValue = "5.00", description = "min-cost: shipping cost per shipment (default: ${DEFAULT-VALUE}).")
  BigDecimal costPerShipment = new BigDecimal("5.00");

  @Option(names = "--cost-per-unit-km", defaultValue = "0.001", description = "min-cost: shipping cost per unit per km of great-circle distance (default: ${DEFAULT-VALUE}).")
  BigDecimal costPerUnitKm = new BigDecimal("0.001");

  /** Lowercase CLI names. */
  static final class StrategyConverter implements CommandLine.ITypeConverter<StrategyName> {
    @Override
    public StrategyName convert(String value) {
      for (StrategyName s : StrategyName.values()) {
        if (s.cli.equals(value)) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException("unknown strategy '" + value + "' (priority, nearest, min-split, min-cost)");
    }
  }

  /** One order's rows gathered, with the line of its first row for messages. */
  private record OrderRows(long line, AllocationRequest.Builder request, List<AllocationLine> lines) {}

  @Override
  public Integer call() throws IOException {
    Map<LocationId, Money> handling = new HashMap<>();
    InMemoryCatalog catalog = InMemoryCatalog.create();
    readLocations(catalog, handling);
    Map<CSVRecord, Receipt> receipts = new LinkedHashMap<>();
    Set<Sku> skus = new LinkedHashSet<>();
    CsvTable stockCsv = readStock(catalog, receipts, skus);
    List<AllocationRequest> requests = readOrders(catalog, skus);
    for (Sku sku : skus) {
      catalog.add(Product.builder().sku(sku).name(sku.value()).build());
    }
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create())
        .ids(SequentialIdGenerator.create()).build();
    receipts.forEach((row, receipt) -> stockCsv.building(row, () -> keeper.receive(receipt)));

    Allocator allocator = Allocator.of(keeper, strategy(handling));
    long start = System.nanoTime();
    List<Allocation> results = new ArrayList<>(requests.size());
    for (AllocationRequest r : requests) {
      results.add(allocator.allocate(r));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    write(results);
    summarize(results, seconds);
    return EcomopsCommand.OK;
  }

  private AllocationStrategy strategy(Map<LocationId, Money> handling) {
    return switch (strategy) {
      case PRIORITY -> PriorityStrategy.create();
      case NEAREST -> NearestStrategy.create();
      case MIN_SPLIT -> MinSplitStrategy.create();
      case MIN_COST -> {
        Money zero = Money.zero(Money.currency(currency));
        yield MinCostStrategy.of((from, request, lines) -> {
          long units = lines.stream().mapToLong(AllocationLine::quantity).sum();
          double km = request.shipTo().map(p -> from.position().distanceKm(p)).orElse(0.0);
          BigDecimal cost = costPerShipment.add(costPerUnitKm.multiply(BigDecimal.valueOf(km * units)));
          return Money.of(cost.setScale(zero.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN), zero.currency());
        }, handling, zero);
      }
    };
  }

  private void readLocations(InMemoryCatalog catalog, Map<LocationId, Money> handling) {
    CsvTable csv = CsvTable.read(locations, Set.of("id", "country", "latitude", "longitude"));
    Set<LocationId> seen = new LinkedHashSet<>();
    for (CSVRecord row : csv.rows()) {
      LocationId id = csv.building(row, () -> LocationId.of(csv.text(row, "id")));
      if (!seen.add(id)) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "id", "location " + id + " appears twice");
      }
      double lat = csv.decimal(row, "latitude");
      double lon = csv.decimal(row, "longitude");
      GeoPoint at = csv.building(row, () -> GeoPoint.of(lat, lon));
      Location.Builder b = Location.builder().id(id).name(Objects.requireNonNullElse(csv.optional(row, "name"), id.value()))
          .country(csv.text(row, "country")).position(at);
      if (csv.optional(row, "priority") != null) {
        b.priority(csv.parse(row, "priority", Integer::parseInt, "must be a whole number"));
      }
      for (String c : list(csv.optional(row, "capabilities"))) {
        LocationCapability capability = csv.parse(row, "capabilities",
            v -> LocationCapability.valueOf(c.toUpperCase(Locale.ROOT)), "must be among " + List.of(LocationCapability.values()));
        b.addCapabilities(capability);
      }
      b.addAllShipsTo(list(csv.optional(row, "ships_to")));
      b.addAllExcludedCountries(list(csv.optional(row, "excluded_countries")));
      catalog.add(csv.building(row, b::build));
      if (csv.optional(row, "handling_cost") != null) {
        handling.put(id, csv.money(row, "handling_cost", Money.currency(currency)));
      }
    }
    if (seen.isEmpty()) {
      throw DataFileException.of(csv.file(), "no locations");
    }
  }

  private CsvTable readStock(InMemoryCatalog catalog, Map<CSVRecord, Receipt> receipts, Set<Sku> skus) {
    CsvTable csv = CsvTable.read(stock, Set.of("sku", "location", "quantity"));
    for (CSVRecord row : csv.rows()) {
      Sku sku = csv.building(row, () -> Sku.of(csv.text(row, "sku")));
      LocationId loc = csv.building(row, () -> LocationId.of(csv.text(row, "location")));
      if (catalog.location(loc).isEmpty()) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "location", "unknown location '" + loc + "'");
      }
      long quantity = csv.wholeNumber(row, "quantity", 0, Check.MAX_QUANTITY);
      skus.add(sku);
      if (quantity > 0) {
        receipts.put(row, Receipt.builder().sku(sku).location(loc).quantity(quantity)
            .idempotencyKey(IdempotencyKey.of("stock-" + CsvTable.line(row))).build());
      }
    }
    return csv;
  }

  private List<AllocationRequest> readOrders(InMemoryCatalog catalog, Set<Sku> skus) {
    CsvTable csv = CsvTable.read(orders, Set.of("order_id", "line_id", "sku", "quantity", "country"));
    Map<String, OrderRows> byOrder = new LinkedHashMap<>();
    Map<String, String> header = new HashMap<>();
    for (CSVRecord row : csv.rows()) {
      String orderId = csv.text(row, "order_id");
      String orderFields = String.join("|", csv.text(row, "country"), Objects.toString(csv.optional(row, "latitude")),
          Objects.toString(csv.optional(row, "longitude")), Objects.toString(csv.optional(row, "split")),
          Objects.toString(csv.optional(row, "when_short")), Objects.toString(csv.optional(row, "max_shipments")));
      String first = header.putIfAbsent(orderId, orderFields);
      if (first != null && !first.equals(orderFields)) {
        throw DataFileException.of(csv.file(), CsvTable.line(row), "country",
            "order " + orderId + " fields (country, position, policy) differ from its first row");
      }
      OrderRows o = byOrder.computeIfAbsent(orderId, id -> new OrderRows(CsvTable.line(row), orderHeader(csv, row, id),
          new ArrayList<>()));
      Sku sku = csv.building(row, () -> Sku.of(csv.text(row, "sku")));
      long quantity = csv.wholeNumber(row, "quantity", 1, Check.MAX_QUANTITY);
      o.lines().add(csv.building(row, () -> AllocationLine.of(csv.text(row, "line_id"), sku, quantity)));
      skus.add(sku);
    }
    List<AllocationRequest> out = new ArrayList<>();
    Map<String, CSVRecord> firstRow = new HashMap<>();
    for (CSVRecord row : csv.rows()) {
      firstRow.putIfAbsent(row.get("order_id"), row);
    }
    byOrder.forEach((id, o) -> out.add(csv.building(firstRow.get(id), () -> o.request().addAllLines(o.lines()).build())));
    return out;
  }

  private static AllocationRequest.Builder orderHeader(CsvTable csv, CSVRecord row, String orderId) {
    AllocationRequest.Builder b = AllocationRequest.builder().orderId(orderId).shipToCountry(csv.text(row, "country"))
        .idempotencyKey(IdempotencyKey.of("allocate-" + CsvTable.line(row)));
    if (csv.optional(row, "latitude") != null || csv.optional(row, "longitude") != null) {
      double lat = csv.decimal(row, "latitude");
      double lon = csv.decimal(row, "longitude");
      b.shipTo(csv.building(row, () -> GeoPoint.of(lat, lon)));
    }
    AllocationPolicy policy = AllocationPolicy.defaults();
    if (csv.optional(row, "split") != null) {
      policy = policy.withSplit(csv.parse(row, "split", v -> AllocationPolicy.Split.valueOf(v.toUpperCase(Locale.ROOT)),
          "must be SHIP_COMPLETE or ALLOW_SPLIT"));
    }
    if (csv.optional(row, "when_short") != null) {
      policy = policy.withWhenShort(csv.parse(row, "when_short",
          v -> AllocationPolicy.WhenShort.valueOf(v.toUpperCase(Locale.ROOT)), "must be BACKORDER, PARTIAL or REJECT"));
    }
    if (csv.optional(row, "max_shipments") != null) {
      long max = csv.positiveLong(row, "max_shipments");
      policy = policy.withMaxShipments((int) Math.min(Integer.MAX_VALUE, max));
    }
    return b.policy(policy);
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : value.split(";")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** Writes the plan, all or nothing. */
  private void write(List<Allocation> results) throws IOException {
    CsvOutput.write(output, new String[] {"order_id", "outcome", "line_id", "sku", "location", "quantity", "status",
        "decided_by"}, csv -> {
          for (Allocation a : results) {
            for (Shipment s : a.shipments()) {
              for (AllocationLine l : s.lines()) {
                csv.printRecord(a.orderId(), a.outcome(), l.lineId(), l.sku(), s.location(), l.quantity(), "HELD",
                    s.decidedBy());
              }
            }
            for (AllocationLine l : a.backordered()) {
              csv.printRecord(a.orderId(), a.outcome(), l.lineId(), l.sku(), "", l.quantity(), "BACKORDERED", "");
            }
            for (AllocationLine l : a.unfilled()) {
              csv.printRecord(a.orderId(), a.outcome(), l.lineId(), l.sku(), "", l.quantity(),
                  a.outcome() == AllocationOutcome.REJECTED ? "REJECTED" : "CANCELLED", "");
            }
          }
        });
  }

  private void summarize(List<Allocation> results, double seconds) {
    Map<AllocationOutcome, Integer> outcomes = new EnumMap<>(AllocationOutcome.class);
    long shipments = 0;
    long held = 0;
    for (Allocation a : results) {
      outcomes.merge(a.outcome(), 1, Integer::sum);
      shipments += a.shipments().size();
      for (Shipment s : a.shipments()) {
        held += s.lines().stream().mapToLong(AllocationLine::quantity).sum();
      }
    }
    var out = Stdio.summary(output);
    out.printf(Locale.ROOT, "allocated %d orders with %s in %.3f s: %s%n", results.size(), strategy, seconds, outcomes);
    out.printf(Locale.ROOT, "%d shipments, %d units held; plan written to %s%n", shipments, held, output);
  }
}
