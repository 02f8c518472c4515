/** CompactPath (src/lib/geo/compact-path.ts): whole-unit, relative SVG path data for d3-geo, checked against d3's own output. */
import { geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { loadLand } from '../../src/data/geo';
import { CompactPath } from '../../src/lib/geo/compact-path';
import { regionProjection } from '../../src/lib/geo/projection';
import { expandBBox, KURIL_REGION } from '../../src/lib/geo/region';
import { simplifyTopology, subsetTopology } from '../../src/lib/geo/subset';

/** Draws polygons (rings of [x, y] in user units, no projection) through a CompactPath. */
function draw(...rings: Array<Array<[number, number]>>): string {
  const context = new CompactPath();
  geoPath(geoIdentity(), context)({ type: 'MultiPolygon', coordinates: rings.map((r) => [[...r, r[0]!]]) });
  return context.toString();
}

/** The absolute points of each subpath of path data made only of m, z and implicit relative line-tos. */
function decode(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  let pen: [number, number] = [0, 0];
  for (const [, body, close] of d.matchAll(/m([^mz]*)(z?)/g)) {
    const n = (body!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const points: Array<[number, number]> = [];
    let at = pen;
    for (let i = 0; i < n.length; i += 2) {
      at = [Math.round((at[0] + n[i]!) * 10) / 10, Math.round((at[1] + n[i + 1]!) * 10) / 10];
      points.push(at);
    }
    subpaths.push(points);
    pen = close ? points[0]! : at;
  }
  return subpaths;
}

describe('CompactPath', () => {
  it('writes whole units, each point relative to the one before, a minus sign standing in for a separator', () => {
    expect(
      draw([
        [10.2, 20.7],
        [30, 20.6],
        [30.4, 5],
      ]),
    ).toBe('m10 21 20 0 0-16z');
  });

  it('starts each ring relative to where the last one closed, and drops points that round onto the one before', () => {
    expect(
      draw(
        [
          [10, 10],
          [20, 10],
          [20.2, 10.1],
          [20, 20],
        ],
        [
          [50, 50],
          [60, 50],
          [60, 60],
        ],
      ),
    ).toBe('m10 10 10 0 0 10zm40 40 10 0 0 10z');
  });

  it('writes an islet that whole units would shrink below a triangle to tenths of a unit, so it is still drawn', () => {
    expect(
      draw([
        [100.2, 100.2],
        [100.4, 100.2],
        [100.3, 100.4],
      ]),
    ).toBe('m100.2 100.2 .2 0-.1 .2z');
  });

  it('keeps a two-point sliver (it still draws as a stroke) and drops a ring that shrinks to one point', () => {
    expect(
      draw([
        [5, 5],
        [5.3, 5],
        [5, 5],
      ]),
    ).toBe('m5 5 .3 0z');
    expect(
      draw([
        [5, 5],
        [5.01, 5],
        [5, 5.01],
      ]),
    ).toBe('');
  });

  it('leaves open lines open: the next subpath starts from the line’s end', () => {
    const context = new CompactPath();
    geoPath(
      geoIdentity(),
      context,
    )({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [10, 0],
        ],
        [
          [10, 5],
          [10, 15],
        ],
      ],
    });
    expect(context.toString()).toBe('m0 0 10 0m0 5 0 10');
  });

  // Projects the 3 MB Natural Earth file: seconds on a busy two-core machine.
  it('draws the real land as d3 does, every ring kept and every point within half a unit, in under half the bytes', () => {
    const land = loadLand();
    const { projection } = regionProjection(KURIL_REGION, 800);
    const local = simplifyTopology(subsetTopology(land, 'land', expandBBox(KURIL_REGION, 1)), 2e-4);
    const shape = feature(local, local.objects['land']!);
    const context = new CompactPath();
    geoPath(projection, context)(shape);
    const compact = context.toString();
    const exact = geoPath(projection).digits(3)(shape)!;
    const ours = decode(compact);
    const theirs = exact
      .split('M')
      .slice(1)
      .map((sub) =>
        sub
          .replace(/Z$/, '')
          .split('L')
          .map((p) => p.split(',').map(Number) as [number, number]),
      );
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((ring, i) => {
      for (const [x, y] of ring) {
        const nearest = Math.min(...theirs[i]!.map(([tx, ty]) => Math.max(Math.abs(tx - x), Math.abs(ty - y))));
        expect(nearest, `ring ${i}`).toBeLessThanOrEqual(0.5);
      }
    });
    expect(compact.length).toBeLessThan(geoPath(projection).digits(1)(shape)!.length / 2);
  }, 30_000);
});
