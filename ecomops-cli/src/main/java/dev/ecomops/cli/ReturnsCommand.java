package dev.ecomops.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.returns.policy.ItemCondition;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.ReturnPolicy;
import dev.ecomops.returns.policy.ReturnReason;
import dev.ecomops.returns.policy.ReturnRequest;
import dev.ecomops.returns.refund.Refund;
import dev.ecomops.returns.refund.RefundCalculator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ecomops returns}: evaluates a return request against a policy and an order, and prints
 * the decision per line with its rule and reason, then the refund breakdown. Formats are in the
 * README.
 */
@Command(name = "returns", mixinStandardHelpOptions = true,
    description = "Decide a return request under a policy and print the decision per line and the refund.")
final class ReturnsCommand implements Callable<Integer> {
  /** The longest return window, in days (ten years). */
  static final int MAX_DAYS = 3_650;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--policy", required = true, description = "Return policy JSON.")
  Path policy;

  @Option(names = "--order", required = true, description = "Order JSON.")
  Path order;

  @Option(names = "--request", required = true, description = "Return request JSON.")
  Path request;

  private record OrderInput(Order order, LocalDate deliveredOn, Money shipping, Map<Sku, String> categories,
      Map<String, Long> returned) {}

  @Override
  public Integer call() {
    OrderInput in = readOrder();
    String currency = in.order().lines().get(0).line().unitPrice().currency().getCurrencyCode();
    ReturnPolicy p = readPolicy(currency);
    JsonFile rf = JsonFile.of(request);
    JsonObject r = JsonFile.read(request);
    rf.only(r, "", Set.of("requestedOn", "international", "labelCost", "storeCredit", "lines"));
    LocalDate requestedOn = date(rf, r, "requestedOn");
    boolean international = r.has("international") && rf.bool(r.get("international"), "international");
    boolean storeCredit = r.has("storeCredit") && rf.bool(r.get("storeCredit"), "storeCredit");
    Money label = r.has("labelCost") ? money(rf, r.get("labelCost"), "labelCost", currency) : Money.zero(
        Money.currency(currency));
    List<ReturnRequest.Line> lines = new ArrayList<>();
    int i = 0;
    for (JsonElement e : rf.array(r, "", "lines")) {
      String path = "lines[" + i++ + "].";
      JsonObject l = rf.object(e, path);
      rf.only(l, path.substring(0, path.length() - 1), Set.of("lineId", "quantity", "reason", "condition"));
      ReturnReason reason = named(rf, ReturnReason.class, rf.text(l, path, "reason"), path + "reason");
      ItemCondition condition = named(rf, ItemCondition.class, rf.text(l, path, "condition"), path + "condition");
      long q = rf.whole(rf.required(l, path, "quantity"), path + "quantity");
      String lineId = rf.text(l, path, "lineId");
      lines.add(validated(rf, path, () -> new ReturnRequest.Line(lineId, q, reason, condition)));
    }
    ReturnRequest req = validated(rf, "", () -> new ReturnRequest(in.order().id(), requestedOn, international, lines));
    List<LineDecision> decisions = validated(rf, "", () -> p.evaluate(in.order(), in.deliveredOn(), req, in.categories(),
        in.returned(), label));
    Refund refund;
    try {
      refund = RefundCalculator.refund(in.order(), decisions, in.returned(), in.shipping(), label, storeCredit,
          p.storeCreditBonusPercent());
    } catch (ValidationException e) { // the request asks for more than the order has left: name the request
      ValidationException.Violation v = e.violations().get(0);
      throw rf.error("lines", v.rule() + " (" + v.value() + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (LineDecision d : decisions) {
      out.printf(Locale.ROOT, "line %s: %s %d (%s) %s%s%s%n", d.lineId(), d.outcome(), d.quantity(), d.rule(),
          d.explanation(), d.customerPaysShipping() ? "; the customer pays the return label" : "",
          d.offerExchange() ? "; offer an exchange first" : "");
    }
    for (Refund.Line l : refund.lines()) {
      out.printf(Locale.ROOT, "refund line %s: %d units paid %s, restocking fee %s, refund %s%n", l.lineId(), l.quantity(),
          l.paid(), l.restockingFee(), l.refund());
    }
    out.printf(Locale.ROOT, "refund: shipping %s, return label -%s, store-credit bonus %s, total %s%s%n",
        refund.shippingRefund(), refund.labelDeduction(), refund.storeCreditBonus(), refund.total(),
        storeCredit ? " as store credit" : "");
    return EcomopsCommand.OK;
  }

  private ReturnPolicy readPolicy(String currency) {
    JsonFile f = JsonFile.of(policy);
    JsonObject o = JsonFile.read(policy);
    f.only(o, "", Set.of("windowDays", "internationalExtraDays", "defectWindowDays", "categoryWindows",
        "finalSaleCategories", "finalSaleSkus", "categoryConditions", "restockingPercent", "restockingFlat",
        "merchantPaysShipping", "keepItShare", "exchangeFirst", "storeCreditBonusPercent"));
    ReturnPolicy.Builder b = ReturnPolicy.builder();
    return validated(f, "", () -> {
      if (o.has("windowDays")) {
        b.windowDays(f.wholeInt(o.get("windowDays"), "windowDays", 0, MAX_DAYS));
      }
      if (o.has("internationalExtraDays")) {
        b.internationalExtraDays(f.wholeInt(o.get("internationalExtraDays"), "internationalExtraDays", 0, MAX_DAYS));
      }
      if (o.has("defectWindowDays")) {
        b.defectWindowDays(f.wholeInt(o.get("defectWindowDays"), "defectWindowDays", 0, MAX_DAYS));
      }
      if (o.has("categoryWindows")) {
        f.object(o.get("categoryWindows"), "categoryWindows").entrySet()
            .forEach(e -> b.categoryWindow(e.getKey(), f.wholeInt(e.getValue(), "categoryWindows." + e.getKey(), 0, MAX_DAYS)));
      }
      if (o.has("finalSaleCategories")) {
        f.array(o, "", "finalSaleCategories").forEach(e -> b.finalSaleCategory(e.getAsString()));
      }
      if (o.has("finalSaleSkus")) {
        f.array(o, "", "finalSaleSkus").forEach(e -> b.finalSaleSku(Sku.of(e.getAsString())));
      }
      if (o.has("categoryConditions")) {
        f.object(o.get("categoryConditions"), "categoryConditions").entrySet().forEach(e -> {
          Set<ItemCondition> set = EnumSet.noneOf(ItemCondition.class);
          e.getValue().getAsJsonArray().forEach(c -> set.add(named(f, ItemCondition.class, c.getAsString(),
              "categoryConditions." + e.getKey())));
          b.categoryConditions(e.getKey(), set);
        });
      }
      if (o.has("restockingPercent")) {
        b.restockingPercent(f.decimal(o.get("restockingPercent"), "restockingPercent"));
      }
      if (o.has("restockingFlat")) {
        b.restockingFlat(money(f, o.get("restockingFlat"), "restockingFlat", currency));
      }
      if (o.has("merchantPaysShipping")) {
        b.merchantPaysShipping(f.bool(o.get("merchantPaysShipping"), "merchantPaysShipping"));
      }
      if (o.has("keepItShare")) {
        b.keepItShare(f.decimal(o.get("keepItShare"), "keepItShare"));
      }
      if (o.has("exchangeFirst")) {
        b.exchangeFirst(f.bool(o.get("exchangeFirst"), "exchangeFirst"));
      }
      if (o.has("storeCreditBonusPercent")) {
        b.storeCreditBonusPercent(f.decimal(o.get("storeCreditBonusPercent"), "storeCreditBonusPercent"));
      }
      return b.build();
    });
  }

  private OrderInput readOrder() {
    JsonFile f = JsonFile.of(order);
    JsonObject o = JsonFile.read(order);
    f.only(o, "", Set.of("orderId", "currency", "deliveredOn", "shipping", "lines"));
    String currency = f.text(o, "", "currency");
    validated(f, "", () -> Money.currency(currency));
    LocalDate delivered = date(f, o, "deliveredOn");
    Money shipping = o.has("shipping") ? money(f, o.get("shipping"), "shipping", currency)
        : Money.zero(Money.currency(currency));
    List<OrderLineState> lines = new ArrayList<>();
    Map<Sku, String> categories = new HashMap<>();
    Map<String, Long> returned = new HashMap<>();
    int i = 0;
    for (JsonElement e : f.array(o, "", "lines")) {
      String path = "lines[" + i++ + "].";
      JsonObject l = f.object(e, path);
      f.only(l, path.substring(0, path.length() - 1), Set.of("lineId", "sku", "category", "quantity", "unitPrice",
          "discount", "tax", "returned"));
      String lineId = f.text(l, path, "lineId");
      Sku sku = validated(f, path, () -> Sku.of(f.text(l, path, "sku")));
      long qty = f.whole(f.required(l, path, "quantity"), path + "quantity");
      Money price = money(f, f.required(l, path, "unitPrice"), path + "unitPrice", currency);
      Money discount = l.has("discount") ? money(f, l.get("discount"), path + "discount", currency) : Money.zero(
          price.currency());
      Money tax = l.has("tax") ? money(f, l.get("tax"), path + "tax", currency) : Money.zero(price.currency());
      OrderLine line = validated(f, path, () -> OrderLine.builder().lineId(lineId).sku(sku).quantity(qty).unitPrice(price)
          .discount(discount).tax(tax).build());
      lines.add(new OrderLineState(line, LineStatus.DELIVERED, 0, 0, List.of()));
      if (l.has("category")) {
        categories.put(sku, f.text(l, path, "category"));
      }
      if (l.has("returned")) {
        returned.put(lineId, f.whole(l.get("returned"), path + "returned"));
      }
    }
    Order built = validated(f, "", () -> Order.builder().id(OrderId.of(f.text(o, "", "orderId"))).channel(Channel.WEB)
        .customerId("-").shipTo(Address.builder().line1("-").city("-").postalCode("00000").country("US").build()).service("-")
        .placedAt(Instant.EPOCH).policy(AllocationPolicy.defaults()).version(1).addAllLines(lines).build());
    return new OrderInput(built, delivered, shipping, categories, returned);
  }

  private static LocalDate date(JsonFile f, JsonObject o, String field) {
    String text = f.text(o, "", field);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw f.error(field, "must be a date like 2026-11-26, was '" + text + "'");
    }
  }

  /** An amount at a field path: never negative (an order's prices, taxes and shipping are what was paid). */
  private static Money money(JsonFile f, JsonElement e, String path, String currency) {
    Money m;
    try {
      m = Money.of(f.decimal(e, path), Money.currency(currency));
    } catch (ValidationException ex) {
      ValidationException.Violation v = ex.violations().get(0);
      throw f.error(path, v.rule() + ", was '" + v.value() + "'"); // the path is the field, not path + "amount"
    }
    if (m.isNegative()) {
      throw f.error(path, "must not be negative, was '" + m.amount().toPlainString() + "'");
    }
    return m;
  }

  private static <E extends Enum<E>> E named(JsonFile f, Class<E> type, String name, String path) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw f.error(path, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was '" + name + "'");
    }
  }

  /** Runs a domain constructor, naming this file and the field path on a validation error. */
  private static <T> T validated(JsonFile f, String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      ValidationException.Violation v = e.violations().get(0);
      throw f.error(path + v.path(), v.rule() + ", was '" + v.value() + "'");
    }
  }
}
