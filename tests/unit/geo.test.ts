/** The islands map's pure parts (src/lib/geo/): region, ring, subsetting, projection, and the SVG built from real data. */
import { geoDistance, geoPath } from 'd3-geo';
import { toHtml } from 'hast-util-to-html';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/data/files';
import { islandsLandSvg, islandsMapHtml, loadLand } from '../../src/data/geo';
import { buildIslandsMap, describeMap, LABELS, LAND_HREF, type IslandsMap, type MapPlace } from '../../src/lib/geo/islands-map';
import { projectPoint, regionProjection } from '../../src/lib/geo/projection';
import { bboxIntersects, bboxOutline, expandBBox, KURIL_REGION } from '../../src/lib/geo/region';
import { EARTH_RADIUS_KM, kmToDegrees, rangeRing } from '../../src/lib/geo/ring';
import { decodeArc, simplifyTopology, subsetTopology } from '../../src/lib/geo/subset';

const PARAMUSHIR: [number, number] = [155.75, 50.333];
const NOSAPPU: [number, number] = [145.817, 43.383];

describe('region helpers', () => {
  it('tests box overlap, edges included', () => {
    expect(bboxIntersects(KURIL_REGION, { west: 159, south: 51, east: 170, north: 60 })).toBe(true);
    expect(bboxIntersects(KURIL_REGION, { west: 160, south: 30, east: 170, north: 41 })).toBe(true);
    expect(bboxIntersects(KURIL_REGION, { west: 0, south: 0, east: 10, north: 10 })).toBe(false);
  });

  it('grows a box and samples its outline', () => {
    expect(expandBBox({ west: 1, south: 2, east: 3, north: 4 }, 1)).toEqual({ west: 0, south: 1, east: 4, north: 5 });
    const outline = bboxOutline({ west: 0, south: 0, east: 1, north: 1 }, 0.5);
    expect(outline.coordinates).toHaveLength(12);
    expect(outline.coordinates).toContainEqual([1, 1]);
  });
});

describe('range ring', () => {
  it('converts ground distance to degrees of arc', () => {
    expect(kmToDegrees(500)).toBeCloseTo((500 / 6371) * (180 / Math.PI), 12);
    expect(kmToDegrees(500)).toBeCloseTo(4.4966, 3);
    expect(kmToDegrees(2 * Math.PI * EARTH_RADIUS_KM)).toBeCloseTo(360, 9);
  });

  it('draws a closed ring whose every vertex is 500 km from the centre', () => {
    const ring = rangeRing(PARAMUSHIR, 500);
    const coords = ring.coordinates[0]!;
    expect(coords.length).toBeGreaterThan(100);
    const [first, last] = [coords[0]!, coords[coords.length - 1]!];
    expect(first[0]).toBeCloseTo(last[0]!, 9);
    expect(first[1]).toBeCloseTo(last[1]!, 9);
    for (const p of coords) {
      expect(geoDistance(PARAMUSHIR, [p[0]!, p[1]!]) * EARTH_RADIUS_KM).toBeCloseTo(500, 6);
    }
  });

  it('rejects a distance that is not positive', () => {
    expect(() => rangeRing(PARAMUSHIR, 0)).toThrow(RangeError);
  });
});

/** A tiny quantised topology: one island in the region, one far away. */
const tiny: Topology = {
  type: 'Topology',
  transform: { scale: [0.1, 0.1], translate: [140, 40] },
  arcs: [
    [
      [50, 50],
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ], // square at 145–146°E, 45–46°N
    [
      [-1000, -100],
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ], // square at 40°E, 30°N
  ],
  objects: { land: { type: 'MultiPolygon', arcs: [[[1]], [[0]]] } },
};

describe('subsetting', () => {
  it('decodes quantised, delta-encoded arcs', () => {
    expect(decodeArc(tiny.arcs[0]!, tiny.transform)).toEqual([
      [145, 45],
      [146, 45],
      [146, 46],
      [145, 46],
      [145, 45],
    ]);
  });

  it('keeps only the polygons that meet the region, renumbering their arcs', () => {
    const subset = subsetTopology(tiny, 'land', KURIL_REGION);
    expect(subset.arcs).toEqual([tiny.arcs[0]]);
    expect(subset.objects['land']).toEqual({ type: 'MultiPolygon', arcs: [[[0]]] });
    expect(subset.transform).toEqual(tiny.transform);
  });

  it('keeps reversed arc references reversed', () => {
    const reversed: Topology = { ...tiny, objects: { land: { type: 'MultiPolygon', arcs: [[[1]], [[~0]]] } } };
    expect(subsetTopology(reversed, 'land', KURIL_REGION).objects['land']).toEqual({ type: 'MultiPolygon', arcs: [[[~0]]] });
  });

  it('names a missing object', () => {
    expect(() => subsetTopology(tiny, 'countries', KURIL_REGION)).toThrow(/no object "countries"/);
  });

  it('simplifies without losing small islets', () => {
    const simple = simplifyTopology(subsetTopology(tiny, 'land', KURIL_REGION), 1e6);
    const ring = simple.arcs[0]!;
    expect(ring.length).toBeGreaterThanOrEqual(4);
  });
});

describe('Natural Earth 1:10m land around the Kurils', () => {
  const land = loadLand();
  const subset = subsetTopology(land, 'land', KURIL_REGION);
  const shapes = feature(subset, subset.objects['land']!) as unknown as { geometry: { coordinates: number[][][][] } };
  const polygons = shapes.geometry.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c }));
  const near = (lon: number, lat: number, d = 0.2) =>
    polygons.filter((p) => p.coordinates[0]!.some(([x, y]) => Math.abs(x! - lon) < d && Math.abs(y! - lat) < d));

  it('has the Habomai islets, including the largest (Zeleny)', () => {
    // Zeleny lies at about 43.5°N 146.15°E; the 50m data leave it out.
    expect(near(146.15, 43.5, 0.1).length).toBeGreaterThan(0);
    expect(near(146.0, 43.45, 0.35).length).toBeGreaterThanOrEqual(3);
  });

  it('has Paramushir and the four disputed islands', () => {
    for (const [lon, lat] of [PARAMUSHIR, [147.617, 45.033], [145.85, 44.117], [146.75, 43.8]] as const) {
      expect(near(lon, lat, 0.4).length, `${lon},${lat}`).toBeGreaterThan(0);
    }
  });

  it('is a fraction of the world file', () => {
    expect(subset.arcs.length).toBeLessThan(land.arcs.length / 4);
  });
});

describe('projection', () => {
  const { projection, width, height } = regionProjection(KURIL_REGION, 800);

  it('fits the region to the width, north up, with a sensible height', () => {
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(450);
    expect(height).toBeLessThan(700);
    const [px, py] = projectPoint(projection, PARAMUSHIR);
    const [nx, ny] = projectPoint(projection, NOSAPPU);
    expect(px).toBeGreaterThan(nx);
    expect(py).toBeLessThan(ny);
    for (const [x, y] of [
      [px, py],
      [nx, ny],
    ]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });

  it('clips to the frame', () => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(rangeRing(PARAMUSHIR, 2000));
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(width);
    expect(y1).toBeLessThanOrEqual(height);
  });

  it('rounds projected points to a tenth', () => {
    const [x] = projectPoint(projection, NOSAPPU);
    expect(Math.round(x * 10) / 10).toBe(x);
  });
});

/** The land outlines' path data, from the land document the map's <use> draws. */
const landPathOf = (map: IslandsMap) => /<path id="land" d="([^"]*)"/.exec(toHtml(map.land, { space: 'svg' }))![1]!;

/** The points of each subpath of CompactPath data, in user units (each pair relative to the one before; after "z", to the start). */
function decodeRings(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let pen: [number, number] = [0, 0];
  for (const [, body] of d.matchAll(/m([^mz]*)z/g)) {
    const n = (body!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: Array<[number, number]> = [];
    for (let i = 0, at = pen; i < n.length; i += 2) ring.push((at = [at[0] + n[i]!, at[1] + n[i + 1]!]));
    rings.push(ring);
    pen = ring[0]!;
  }
  return rings;
}

describe('the islands map', () => {
  const places = loadPlaces();
  const map = buildIslandsMap({ land: loadLand(), places });
  const svg = toHtml(map.svg);

  it('has a label position for every place in content/places', () => {
    for (const p of places) expect(LABELS[p.id], p.id).toBeDefined();
  });

  // Builds the map from the 3 MB Natural Earth file: seconds, not milliseconds, on a busy two-core machine.
  it('stays small: a few tens of KB', () => {
    const bytes = Buffer.byteLength(islandsMapHtml());
    expect(bytes).toBeLessThan(40_000);
    expect(Buffer.byteLength(svg)).toBeLessThan(35_000);
  }, 30_000);

  it('simplifies the coast without dropping any island or islet: the four Habomai islets and Cape Nosappu are drawn', () => {
    const unsimplified = decodeRings(landPathOf(buildIslandsMap({ land: loadLand(), places, minWeight: 0 })));
    const drawn = decodeRings(landPathOf(map));
    expect(drawn).toHaveLength(unsimplified.length);
    const { projection } = regionProjection(KURIL_REGION, 800);
    // The islets between Cape Nosappu and Shikotan, about 145.85–146.5°E, 43.35–43.7°N, each its own ring.
    const [x0, y0] = projectPoint(projection, [145.85, 43.7]);
    const [x1, y1] = projectPoint(projection, [146.5, 43.35]);
    const islets = drawn.filter((ring) => ring.every(([x, y]) => x > x0 && x < x1 && y > y0 && y < y1));
    expect(islets.length).toBeGreaterThanOrEqual(4);
    // The cape, Hokkaido's easternmost point, keeps a point of the coast within a unit of it.
    const [cx, cy] = projectPoint(projection, NOSAPPU);
    const nearest = Math.min(...drawn.flat().map(([x, y]) => Math.hypot(x - cx, y - cy)));
    expect(nearest).toBeLessThan(1);
  }, 30_000);

  it('draws land as one shape, with no borders and no country colours', () => {
    expect(svg.match(/class="islands-map__land"/g)).toHaveLength(1);
    expect(svg).not.toMatch(/countries|class="[^"]*border|fill="/);
    const land = toHtml(map.land, { space: 'svg' });
    expect(land.match(/<path /g)).toHaveLength(2);
    // No colours of its own: the <use> elements' classes give them, in either theme.
    expect(land).not.toMatch(/fill|stroke|style|class=/);
  });

  it('keeps land and graticule in one standalone SVG document that the map points into', () => {
    const land = toHtml(map.land, { space: 'svg' });
    expect(land).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><path id="graticule" d="[^"]+"></path><path id="land" d="m[^"]+z"></path></svg>$`,
      ),
    );
    expect(svg).toContain(`<use class="islands-map__land" href="${LAND_HREF}#land"></use>`);
    expect(svg).toContain(`<use class="islands-map__graticule" href="${LAND_HREF}#graticule"></use>`);
    expect(svg).not.toContain('<path class="islands-map__land"');
    // What the site serves at LAND_HREF, and the figure under a deploy base points there.
    expect(islandsLandSvg()).toBe(land);
    expect(islandsMapHtml('en', '/news/')).toContain(`href="/news${LAND_HREF}#land"`);
    expect(islandsMapHtml('en')).toContain(`href="${LAND_HREF}#land"`);
    // The same outlines in every language: one file serves both editions.
    expect(toHtml(buildIslandsMap({ land: loadLand(), places, lang: 'ja' }).land, { space: 'svg' })).toBe(land);
  }, 30_000);

  it('names the four disputed islands in Russian and Japanese, with lang attributes', () => {
    for (const p of places.filter((q) => q.disputed)) {
      expect(svg).toContain(`>${p.name}</tspan>`);
      expect(svg).toContain(`<tspan lang="ru">${p.russian.cyrillic}</tspan>`);
      expect(svg).toContain(`<tspan lang="ja">${p.japanese.script}</tspan>`);
    }
    expect(
      places
        .filter((p) => p.disputed)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['habomai', 'iturup', 'kunashir', 'shikotan']);
  });

  it('marks Paramushir and Cape Nosappu, and labels the ring as a claim', () => {
    expect(svg).toContain('data-place="paramushir"');
    expect(svg).toContain('data-place="cape-nosappu"');
    expect(svg).toContain('northern Kurils, not disputed');
    expect(svg).toContain('class="islands-map__ring"');
    expect(svg).toContain('Claimed range: up to 500 km,</tspan>');
    expect(svg).toContain('according to Russia’s Defence Ministry</tspan>');
  });

  it('has a title and a description for assistive technology', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="islands-map-title islands-map-desc"/);
    expect(svg).toContain('<title id="islands-map-title">');
    expect(svg).toContain('<desc id="islands-map-desc">');
    expect(map.description).toMatch(/no borders/);
  });

  it('draws the ring and its label from the place’s claimedRange, and no ring without one', () => {
    const claim = { km: 300, claimedBy: 'a test ministry', caveat: 'A claim, not a measurement.', sources: [] };
    const centre: MapPlace = { ...places.find((p) => p.id === 'paramushir')!, claimedRange: claim };
    const drawn = buildIslandsMap({ land: tiny, places: [centre] });
    const html = toHtml(drawn.svg);
    expect(html).toContain('Claimed range: up to 300 km,</tspan>');
    expect(html).toContain('according to a test ministry</tspan>');
    expect(html).toContain('islands-map__place--range-centre');
    expect(drawn.range).toEqual({ place: centre, claim });
    expect(drawn.description).toContain('up to 300 km claimed by a test ministry');
    const none = buildIslandsMap({ land: tiny, places: [{ ...centre, claimedRange: undefined }] });
    expect(toHtml(none.svg)).not.toContain('islands-map__ring');
    expect(none.range).toBeUndefined();
  });

  it('describes the places from north-east to south-west and the ring as a claim', () => {
    const sample: MapPlace[] = [
      {
        id: 'a',
        name: 'South',
        russian: { latin: 'S', cyrillic: 'С' },
        japanese: { latin: 'S', script: '南' },
        lat: 43,
        lon: 146,
        disputed: true,
      },
      {
        id: 'b',
        name: 'North',
        russian: { latin: 'N', cyrillic: 'С' },
        japanese: { latin: 'N', script: '北' },
        lat: 45,
        lon: 147,
        disputed: true,
      },
    ];
    const claim = { km: 500, claimedBy: 'Russia’s Defence Ministry', caveat: 'A claim, not a measurement.', sources: [] };
    const text = describeMap(sample, { ...sample[0]!, claimedRange: claim });
    expect(text.indexOf('North')).toBeLessThan(text.indexOf('South ('));
    expect(text).toContain('up to 500 km claimed by Russia’s Defence Ministry');
    // In Japanese: the places' Japanese names with their Russian ones, sentences joined without spaces.
    const local = sample.map((p, i) => ({
      ...p,
      local: { name: i === 0 ? '南島' : '北島', russianName: i === 0 ? 'サウス島' : undefined },
    }));
    const ja = describeMap(local, { ...local[0]!, claimedRange: { ...claim, claimedBy: 'ロシア国防省' } }, 'ja');
    expect(ja).toBe(
      '北海道、千島列島、カムチャツカ半島南部の地図。陸地のみを示し、国境は描いていない。ロシアが南クリル諸島、日本が北方領土と呼ぶ4島を示す：北島（ロシア名N、С）、南島（ロシア名サウス島、С）。南島を中心とする半径500kmの破線の円は、ロシア国防省が主張する最大500kmのミサイル射程を示す。',
    );
  });
});
