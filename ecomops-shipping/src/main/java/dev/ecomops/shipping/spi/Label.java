package dev.ecomops.shipping.spi;

/**
 * A bought label.
 *
 * @param carrier the carrier
 * @param service the service
 * @param trackingNumber the carrier's tracking number
 * @param document the label itself, in {@code format}
 * @param format e.g. {@code PDF}, {@code ZPL}, {@code PNG}
 */
public record Label(String carrier, String service, String trackingNumber, byte[] document, String format) {
  /** Copies the document. */
  public Label {
    document = document.clone();
  }

  /** The document (a copy). */
  @Override
  public byte[] document() {
    return document.clone();
  }
}
