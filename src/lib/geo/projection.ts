/** The map projection: conformal conic, fitted to the region. */
import { geoConicConformal, geoPath, type GeoConicProjection } from 'd3-geo';
import { bboxOutline, type BBox } from './region';

export interface RegionProjection {
  projection: GeoConicProjection;
  /** SVG width and height, in user units. */
  width: number;
  height: number;
}

/**
 * A Lambert conformal conic projection centred on the region, with standard
 * parallels at one-sixth and five-sixths of its latitude span (the usual
 * rule), scaled so the region fills `width`, and clipped to the resulting
 * frame so land outside it is cut off rather than drawn.
 */
export function regionProjection(region: BBox, width: number): RegionProjection {
  const span = region.north - region.south;
  const outline = bboxOutline(region);
  const projection = geoConicConformal()
    .parallels([region.south + span / 6, region.north - span / 6])
    .rotate([-(region.west + region.east) / 2, 0])
    .fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - Math.min(0, top));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/** Projects `[lon, lat]`, rounding to 0.1 unit; throws if the point cannot be projected. */
export function projectPoint(projection: GeoConicProjection, lonLat: readonly [number, number]): [number, number] {
  const p = projection([lonLat[0], lonLat[1]]);
  if (!p) throw new RangeError(`cannot project ${lonLat.join(', ')}`);
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}
