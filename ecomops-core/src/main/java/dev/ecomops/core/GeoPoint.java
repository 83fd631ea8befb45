package dev.ecomops.core;

/**
 * A point on the Earth's surface in WGS 84 degrees.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  /** Mean Earth radius in kilometres (IUGG), the usual sphere for great-circle distances. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /** @throws ValidationException naming the coordinate if it is out of range or not finite */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw ValidationException.of("latitude", "must be between -90 and 90", latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw ValidationException.of("longitude", "must be between -180 and 180", longitude);
    }
  }

  /** The point at the given latitude and longitude in degrees. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Great-circle distance on a sphere of radius {@link #EARTH_RADIUS_KM}, by the haversine
   * formula (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2), 1984), which
   * stays accurate for small distances. Error against the WGS 84 ellipsoid is below 0.5%.
   *
   * @param other the other point
   * @return the distance in kilometres, from 0 to about 20,015
   */
  public double distanceKm(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
