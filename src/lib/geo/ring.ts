/** Range rings: circles of a given ground distance around a point. */
import { geoCircle } from 'd3-geo';
import type { Polygon } from 'geojson';

/** Mean Earth radius in km (IUGG), the radius d3-geo's spherical maths assumes. */
export const EARTH_RADIUS_KM = 6371;

/** A ground distance as an angle at the Earth's centre, in degrees. */
export function kmToDegrees(km: number): number {
  return ((km / EARTH_RADIUS_KM) * 180) / Math.PI;
}

/**
 * A circle of `km` around `[lon, lat]` as a GeoJSON polygon (a small circle
 * on the sphere, so it stays true in any projection). `precision` is the
 * angle between vertices in degrees.
 */
export function rangeRing(center: readonly [number, number], km: number, precision = 2): Polygon {
  if (!(km > 0)) throw new RangeError(`range must be a positive distance, got ${km}`);
  return geoCircle().center([center[0], center[1]]).radius(kmToDegrees(km)).precision(precision)();
}
