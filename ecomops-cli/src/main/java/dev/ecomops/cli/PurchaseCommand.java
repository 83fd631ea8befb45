package dev.ecomops.cli;

import dev.ecomops.core.Check;
import dev.ecomops.core.DataFileException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.sourcing.PurchasePlan;
import dev.ecomops.supply.sourcing.SupplierChoice;
import dev.ecomops.supply.sourcing.SupplierOffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops purchase}: turns replenishment suggestions (the {@code replenish} command's
 * output) into purchase orders: for each suggested quantity it chooses a supplier (the one the
 * suggestion names, else the cheapest per unit shipped after MOQ, case pack, price breaks and
 * late risk), and groups the lines into one purchase order per supplier and location. Formats are
 * in the README.
 */
@Command(name = "purchase", mixinStandardHelpOptions = true,
    description = "Turn replenishment suggestions into purchase orders per supplier (CSV in, CSV out).")
final class PurchaseCommand implements Callable<Integer> {
  private static final String PREFIX = "PO-";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--suppliers", required = true, description = "Supplier offers CSV, one row per price break.")
  Path suppliers;

  @Option(names = "--suggestions", required = true, description = "The replenish command's purchase-orders.csv.")
  Path suggestions;

  @Option(names = "--output", required = true, description = "Where to write the purchase orders CSV; - for standard output.")
  Path output;

  @Option(names = "--late-penalty", defaultValue = "0", description = "Cost of a late unit, in the offers' currency (default: ${DEFAULT-VALUE}).")
  String latePenalty = "0";

  @Override
  public Integer call() throws IOException {
    java.math.BigDecimal penaltyAmount;
    try {
      penaltyAmount = new java.math.BigDecimal(latePenalty);
    } catch (NumberFormatException e) {
      throw new UsageException("--late-penalty: must be a decimal amount, was '" + latePenalty + "'");
    }
    if (penaltyAmount.signum() < 0) {
      throw new UsageException("--late-penalty: must be at least 0, was " + latePenalty);
    }
    if ((long) penaltyAmount.precision() - penaltyAmount.scale() > Money.MAX_INTEGER_DIGITS) {
      throw new UsageException("--late-penalty: must be less than 10^" + Money.MAX_INTEGER_DIGITS + ", was " + latePenalty);
    }
    Map<Sku, List<SupplierOffer>> offers = readOffers();
    CsvTable csv = CsvTable.read(suggestions, Set.of("sku", "location", "quantity"));
    List<PurchasePlan.Buy> buys = new ArrayList<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>(); // per purchase order, in line order
    for (CSVRecord r : csv.rows()) {
      long wanted = csv.wholeNumber(r, "quantity", 0, Check.MAX_QUANTITY);
      if (wanted == 0) {
        continue;
      }
      Sku sku = csv.building(r, () -> Sku.of(csv.text(r, "sku")));
      LocationId location = csv.building(r, () -> LocationId.of(csv.text(r, "location")));
      String named = csv.optional(r, "supplier");
      List<SupplierOffer> candidates = offers.getOrDefault(sku, List.of()).stream()
          .filter(o -> named == null || o.supplier().equals(named)).toList();
      if (candidates.isEmpty()) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), named == null ? "sku" : "supplier", "no offer in "
            + suppliers + " for " + sku.value() + (named == null ? "" : " from " + named));
      }
      Money zero = Money.zero(candidates.get(0).priceBreaks().get(0).unitCost().currency());
      Money penalty;
      try {
        penalty = Money.of(penaltyAmount, zero.currency());
      } catch (dev.ecomops.core.ValidationException e) {
        throw new UsageException("--late-penalty: " + e.violations().get(0).rule() + ", was " + latePenalty);
      }
      SupplierChoice.Choice choice = new SupplierChoice(0.95, zero, penalty).choose(wanted, 0, candidates);
      StringBuilder reason = new StringBuilder(choice.chosen().reasoning());
      for (SupplierChoice.Candidate other : choice.candidates().subList(1, choice.candidates().size())) {
        reason.append("; beat ").append(other.reasoning());
      }
      buys.add(new PurchasePlan.Buy(location, choice));
      reasons.computeIfAbsent(PREFIX + choice.chosen().offer().supplier() + "-" + location.value(),
          k -> new ArrayList<>()).add(reason.toString());
    }
    List<PurchaseOrder> orders = PurchasePlan.drafts(PREFIX, buys);
    CsvOutput.write(output, new String[] {"po", "supplier", "location", "sku", "supplier_sku", "quantity", "unit_cost",
        "currency", "line_total", "reason"}, out -> {
          for (PurchaseOrder po : orders) {
            for (int i = 0; i < po.lines().size(); i++) {
              PurchaseOrder.Line l = po.lines().get(i);
              String supplierSku = offers.get(l.sku()).stream().filter(o -> o.supplier().equals(po.supplier()))
                  .findFirst().orElseThrow().supplierSku();
              out.printRecord(po.id(), po.supplier(), po.location().value(), l.sku().value(), supplierSku, l.ordered(),
                  l.unitCost().amount().toPlainString(), l.unitCost().currency().getCurrencyCode(),
                  l.unitCost().times(l.ordered()).amount().toPlainString(), reasons.get(po.id().value()).get(i));
            }
          }
        });
    Stdio.summary(output).printf(Locale.ROOT, "%d purchase orders, %d lines; written to %s%n", orders.size(),
        orders.stream().mapToInt(o -> o.lines().size()).sum(), output);
    return EcomopsCommand.OK;
  }

  private Map<Sku, List<SupplierOffer>> readOffers() {
    CsvTable csv = CsvTable.read(suppliers, Set.of("supplier", "sku", "supplier_sku", "min_quantity", "unit_cost",
        "currency", "moq", "case_pack", "lead_time_days", "lead_time_sd_days", "on_time_rate", "primary"));
    Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
    for (CSVRecord r : csv.rows()) {
      rows.computeIfAbsent(csv.text(r, "supplier") + "|" + csv.text(r, "sku"), k -> new ArrayList<>()).add(r);
    }
    Map<Sku, List<SupplierOffer>> out = new LinkedHashMap<>();
    for (List<CSVRecord> group : rows.values()) {
      CSVRecord r = group.get(0);
      List<SupplierOffer.PriceBreak> breaks = new ArrayList<>();
      for (CSVRecord b : group) {
        long min = csv.wholeNumber(b, "min_quantity", 1, Check.MAX_QUANTITY);
        Money cost = csv.money(b, "unit_cost", csv.currency(b, "currency"));
        breaks.add(csv.building(b, () -> new SupplierOffer.PriceBreak(min, cost)));
      }
      String primary = csv.text(r, "primary");
      if (!primary.equals("true") && !primary.equals("false")) {
        throw DataFileException.of(csv.file(), CsvTable.line(r), "primary", "must be true or false");
      }
      SupplierOffer offer = csv.building(r, () -> new SupplierOffer(csv.text(r, "supplier"), Sku.of(csv.text(r, "sku")),
          csv.text(r, "supplier_sku"), breaks, csv.wholeNumber(r, "moq", 0, Check.MAX_QUANTITY),
          csv.wholeNumber(r, "case_pack", 1, Check.MAX_QUANTITY),
          csv.decimal(r, "lead_time_days"), csv.decimal(r, "lead_time_sd_days"), csv.decimal(r, "on_time_rate"),
          primary.equals("true")));
      out.computeIfAbsent(offer.sku(), k -> new ArrayList<>()).add(offer);
    }
    return out;
  }
}
