package dev.ecomops.shipping.customs;

import com.google.common.html.HtmlEscapers;
import dev.ecomops.core.Address;
import dev.ecomops.core.WeightUnit;
import java.time.LocalDate;

/**
 * A commercial invoice as a self-contained HTML page (print it, or hand it to the host's PDF
 * renderer): seller, buyer, incoterm, one row per line with HS code, origin, quantity, unit value,
 * value and weight, and the totals. Every text is HTML-escaped (Guava's escaper).
 */
public final class CommercialInvoice {
  private CommercialInvoice() {}

  /** The invoice for a declaration. */
  public static String html(CustomsDeclaration d, Address seller, Address buyer, LocalDate date) {
    StringBuilder h = new StringBuilder(2048);
    h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Commercial invoice ").append(e(d.shipmentId()))
        .append("</title></head><body><h1>Commercial invoice</h1>");
    h.append("<p>Shipment ").append(e(d.shipmentId())).append(", ").append(date).append(", Incoterms 2020 ")
        .append(d.incoterm()).append("</p>");
    h.append("<h2>Seller</h2><p>").append(address(seller)).append("</p><h2>Buyer</h2><p>").append(address(buyer))
        .append("</p>");
    h.append("<table><thead><tr><th>Description</th><th>HS code</th><th>Origin</th><th>Quantity</th>"
        + "<th>Unit value</th><th>Value</th><th>Net weight (kg)</th></tr></thead><tbody>");
    for (CustomsLine l : d.lines()) {
      h.append("<tr><td>").append(e(l.description())).append("</td><td>").append(l.hsCode()).append("</td><td>")
          .append(l.originCountry()).append("</td><td>").append(l.quantity()).append("</td><td>").append(e(l.unitValue()
              .toString())).append("</td><td>").append(e(l.value().toString())).append("</td><td>")
          .append(l.weight().in(WeightUnit.KG).stripTrailingZeros().toPlainString()).append("</td></tr>");
    }
    h.append("</tbody><tfoot><tr><td colspan=\"5\">Total</td><td>").append(e(d.value().toString())).append("</td><td>")
        .append(d.weight().in(WeightUnit.KG).stripTrailingZeros().toPlainString()).append("</td></tr></tfoot></table>");
    h.append("<p>I declare that the information on this invoice is true and correct.</p></body></html>");
    return h.toString();
  }

  private static String address(Address a) {
    StringBuilder s = new StringBuilder();
    a.name().ifPresent(n -> s.append(e(n)).append("<br>"));
    s.append(e(a.line1())).append("<br>");
    a.line2().ifPresent(n -> s.append(e(n)).append("<br>"));
    s.append(e(a.postalCode().orElse(""))).append(' ').append(e(a.city())).append("<br>").append(e(a.country()));
    return s.toString();
  }

  private static String e(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
