/**
 * The map's region and small bounding-box helpers. Longitudes are degrees
 * east, latitudes degrees north; the region does not cross the antimeridian.
 */
import type { MultiPoint } from 'geojson';

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Hokkaido, the whole Kuril chain and southern Kamchatka. */
export const KURIL_REGION: BBox = { west: 140, south: 41, east: 160, north: 52 };

/** True when two boxes share any area or edge. */
export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** The box grown by `margin` degrees on every side. */
export function expandBBox(box: BBox, margin: number): BBox {
  return { west: box.west - margin, south: box.south - margin, east: box.east + margin, north: box.north + margin };
}

/**
 * Points along the box's edges, every `step` degrees. Fitting a projection
 * to these (rather than a polygon) avoids any question of ring winding or of
 * great-circle edges bulging out of the box.
 */
export function bboxOutline(box: BBox, step = 0.5): MultiPoint {
  const coordinates: Array<[number, number]> = [];
  for (let lon = box.west; lon <= box.east + 1e-9; lon += step) {
    coordinates.push([lon, box.south], [lon, box.north]);
  }
  for (let lat = box.south; lat <= box.north + 1e-9; lat += step) {
    coordinates.push([box.west, lat], [box.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}
