/**
 * Cutting a world TopoJSON down to one region and simplifying it, at build
 * time. Natural Earth's 1:10m land is 3 MB; the map needs the polygons that
 * touch the region, with far fewer points.
 */
import type { Arc, MultiPolygon, Objects, Polygon, Topology, Transform } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import { bboxIntersects, type BBox } from './region';

/** An arc's points in longitude/latitude, undoing quantisation and delta encoding. */
export function decodeArc(arc: Arc, transform: Transform | undefined): Array<[number, number]> {
  if (!transform) return arc.map((p) => [p[0]!, p[1]!]);
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0]!;
    y += p[1]!;
    return [x * kx + dx, y * ky + dy];
  });
}

function arcBBox(points: ReadonlyArray<readonly [number, number]>): BBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lon, lat] of points) {
    if (lon < box.west) box.west = lon;
    if (lon > box.east) box.east = lon;
    if (lat < box.south) box.south = lat;
    if (lat > box.north) box.north = lat;
  }
  return box;
}

/** TopoJSON refers to a reversed arc as ~index. */
const arcIndex = (i: number) => (i < 0 ? ~i : i);

/** The polygons of a Polygon or MultiPolygon object, or of a collection of them, as arc-index rings. */
function polygonsOf(object: Topology['objects'][string]): number[][][] {
  switch (object.type) {
    case 'Polygon':
      return [(object as Polygon).arcs];
    case 'MultiPolygon':
      return (object as MultiPolygon).arcs;
    case 'GeometryCollection':
      return object.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/**
 * A new topology holding only the polygons of `objectName` whose bounding box
 * meets `region`, as one MultiPolygon object of the same name, with only the
 * arcs those polygons use (renumbered). Coordinates stay quantised.
 */
export function subsetTopology(topology: Topology, objectName: string, region: BBox): Topology {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`topology has no object "${objectName}"`);
  const boxes = topology.arcs.map((arc) => arcBBox(decodeArc(arc, topology.transform)));
  const kept = polygonsOf(object).filter((polygon) =>
    polygon.some((ring) => ring.some((i) => bboxIntersects(boxes[arcIndex(i)]!, region))),
  );
  const renumber = new Map<number, number>();
  const arcs: Arc[] = [];
  const remap = (i: number) => {
    const old = arcIndex(i);
    let next = renumber.get(old);
    if (next === undefined) {
      next = arcs.length;
      renumber.set(old, next);
      arcs.push(topology.arcs[old]!);
    }
    return i < 0 ? ~next : next;
  };
  const polygons = kept.map((polygon) => polygon.map((ring) => ring.map(remap)));
  const subset: Topology = {
    type: 'Topology',
    arcs,
    objects: { [objectName]: { type: 'MultiPolygon', arcs: polygons } },
  };
  if (topology.transform) subset.transform = topology.transform;
  return subset;
}

/**
 * Visvalingam simplification (topojson-simplify) that drops every point whose
 * effective area, in square degrees, is below `minWeight`, except that each
 * arc keeps at least `minPoints` points (its highest-weighted ones). Without
 * that floor a small islet, whose outline is a single closed arc, shrinks to
 * its two endpoints and disappears from the map.
 */
export function simplifyTopology(topology: Topology, minWeight: number, minPoints = 4): Topology {
  const weighted = presimplify(topology as unknown as Topology<Objects>);
  for (const arc of weighted.arcs as unknown as Array<Array<[number, number, number]>>) {
    if (arc.length <= minPoints) {
      for (const p of arc) p[2] = Infinity;
      continue;
    }
    const floor = arc.map((p) => p[2]).sort((a, b) => b - a)[minPoints - 1]!;
    if (floor < minWeight) for (const p of arc) if (p[2] >= floor) p[2] = Math.max(p[2], minWeight);
  }
  return simplify(weighted, minWeight);
}
