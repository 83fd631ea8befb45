package dev.ecomops.shipping.spi;

import java.time.Instant;

/**
 * One carrier scan, normalized.
 *
 * @param trackingNumber the parcel
 * @param status what it means
 * @param at when it happened
 * @param description the carrier's own words
 */
public record TrackingEvent(String trackingNumber, TrackingStatus status, Instant at, String description) {}
