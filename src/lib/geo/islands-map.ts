/**
 * The map of Hokkaido and the Kuril chain, drawn once at build time as a
 * static SVG (a hast tree, serialised only where a page is written): land outlines (no borders, no country colours: the map
 * takes no side in the dispute), kept in a file of their own that every page
 * with the map draws with <use> (the same geometry in both editions, fetched
 * and cached once rather than repeated in each page's HTML), the places from content/places with their
 * names in Russian and Japanese, and the missile range a place's
 * `claimedRange` gives (Paramushir: the 500 km Russia's Defence Ministry
 * claims), drawn as a ring and labelled as a claim. Colours come from CSS classes (see global.css), so it follows the
 * light and dark themes.
 */
import { geoGraticule, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { CompactPath } from './compact-path';
import { projectPoint, regionProjection } from './projection';
import { expandBBox, KURIL_REGION, type BBox } from './region';
import { kmToDegrees, rangeRing } from './ring';
import type { Source } from '../content-schema';
import type { Language } from '../i18n/languages';
import { fill, translator, type UiKey } from '../i18n/ui';
import { simplifyTopology, subsetTopology } from './subset';

/** A missile range as a source claims it, drawn as a ring around its place (content/places, `claimedRange`). */
interface ClaimedRange {
  /** The claimed range in km. */
  km: number;
  /** Who claims it, as the label says: "according to …". */
  claimedBy: string;
  /** What the caption adds: the ring is a claim, and what other sources give. */
  caveat: string;
  /** Sources for the figure and the caveat. */
  sources: readonly Source[];
}

export interface MapPlace {
  id: string;
  /** Name as the site writes it, e.g. "Iturup / Etorofu". */
  name: string;
  russian: { latin: string; cyrillic: string };
  japanese: { latin: string; script: string };
  lat: number;
  lon: number;
  disputed: boolean;
  /** A claimed missile range to draw around this place; at most one place has one. */
  claimedRange?: ClaimedRange | undefined;
  /** The names in the map's language when it is not English (content/places/<lang>/), shown first. */
  local?: { name: string; russianName?: string | undefined } | undefined;
}

export interface LabelSpec {
  /** Where the label's anchor point goes, [lon, lat]. */
  at: [number, number];
  anchor: 'start' | 'middle' | 'end';
  /** An extra line under the names (a dictionary key). */
  note?: UiKey;
}

/**
 * Hand-placed labels: the four islands sit within 150 km of each other, so
 * their labels fan out into open water, each joined to its marker by a line.
 * A place not listed here gets its label just to the right of its marker.
 */
export const LABELS: Readonly<Record<string, LabelSpec>> = {
  iturup: { at: [148.9, 44.55], anchor: 'start' },
  kunashir: { at: [145.2, 45.05], anchor: 'end' },
  shikotan: { at: [147.45, 43.55], anchor: 'start' },
  habomai: { at: [146.9, 42.75], anchor: 'start' },
  'cape-nosappu': { at: [145.3, 42.75], anchor: 'end' },
  paramushir: { at: [154.5, 51.35], anchor: 'end', note: 'map.note.paramushir' },
};

/** Context names, in italics, to help a reader find their way. */
const CONTEXT_LABELS: ReadonlyArray<{ text: UiKey; at: [number, number]; water?: boolean }> = [
  { text: 'map.context.hokkaido', at: [142.6, 43.4] },
  { text: 'map.context.kamchatka', at: [158.3, 51.6] },
  { text: 'map.context.sakhalin', at: [142.9, 49.0] },
  { text: 'map.context.okhotsk', at: [148.5, 48.3], water: true },
  { text: 'map.context.pacific', at: [151.5, 42.0], water: true },
];

export interface IslandsMapOptions {
  /** A world land topology (world-atlas land-10m.json). */
  land: Topology;
  places: readonly MapPlace[];
  region?: BBox;
  width?: number;
  /** Simplification threshold in square degrees (see simplifyTopology). */
  minWeight?: number;
  /** Prefix for the SVG's title and desc ids; must be unique on the page. */
  idPrefix?: string;
  /** The language of the page the map is on: its texts, and which names come first. */
  lang?: Language;
}

/** Where the land document is served (src/pages/maps/islands-land.svg.ts), before the deploy base; the map's <use> elements point into it. */
export const LAND_HREF = '/maps/islands-land.svg';

export interface IslandsMap {
  /** The complete <svg> element; its land and graticule are <use> references into `land`. */
  svg: Element;
  /**
   * The land outlines and the graticule as a standalone SVG document (ids
   * `land` and `graticule`), in the map's coordinates, with no colours of its
   * own: the <use> elements' classes give fill and stroke, so it follows the theme.
   */
  land: Element;
  width: number;
  height: number;
  /** The text alternative, also used in the SVG's <desc>. */
  description: string;
  /** The place the ring is drawn around, with its claim, if any place has one. */
  range: { place: MapPlace; claim: ClaimedRange } | undefined;
  lang: Language;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** English: the site's name, then Russian and Japanese script; another language: its name with the Russian one in Latin letters (択捉島 (Iturup)), then the Cyrillic. */
function nameLines(place: MapPlace, spec: LabelSpec | undefined, lang: Language): ElementContent[][] {
  const cyrillic = s('tspan', { lang: 'ru' }, place.russian.cyrillic);
  const lines: ElementContent[][] =
    lang !== 'en' && place.local
      ? [[{ type: 'text', value: `${place.local.name} (${place.russian.latin})` }], [cyrillic]]
      : [
          [{ type: 'text', value: place.name }],
          [cyrillic, { type: 'text', value: ' · ' }, s('tspan', { lang: 'ja' }, place.japanese.script)],
        ];
  if (spec?.note) lines.push([{ type: 'text', value: translator(lang)(spec.note) }]);
  return lines;
}

/** Multi-line <text>: each line a <tspan> at the same x. */
function multiline(
  x: number,
  y: number,
  lines: readonly (string | ElementContent[])[],
  properties: Record<string, string>,
  lineHeight = 16,
): Element {
  const spans = lines.map((line, i) => s('tspan', { x, dy: i === 0 ? undefined : lineHeight }, line));
  return s('text', { x, y, ...properties }, spans);
}

export function describeMap(places: readonly MapPlace[], around: MapPlace | undefined, lang: Language = 'en'): string {
  const t = translator(lang);
  const local = lang !== 'en';
  const nameOf = (p: MapPlace) => (local && p.local ? p.local.name : p.name);
  // English names carry commas, so the list takes semicolons; Japanese takes its enumeration comma.
  const separator = local ? '、' : '; ';
  // North-east to south-west, the order in which the chain runs.
  const disputed = places
    .filter((p) => p.disputed)
    .sort((a, b) => b.lat - a.lat)
    .map((p) =>
      fill(t('map.desc.disputedPlace'), {
        name: nameOf(p),
        cyrillic: p.russian.cyrillic,
        japanese: p.japanese.script,
        russian: p.local?.russianName ?? p.russian.latin,
      }),
    );
  const others = places.filter((p) => !p.disputed).map(nameOf);
  const claim = around?.claimedRange;
  return [
    t('map.desc.intro'),
    disputed.length ? fill(t('map.desc.disputed'), { places: disputed.join(separator) }) : '',
    others.length ? fill(t('map.desc.others'), { places: others.join(separator) }) : '',
    around && claim ? fill(t('map.desc.range'), { km: claim.km, place: nameOf(around), claimedBy: claim.claimedBy }) : '',
  ]
    .filter(Boolean)
    .join(local ? '' : ' ');
}

export function buildIslandsMap({
  land,
  places,
  region = KURIL_REGION,
  width = 800,
  // Drops wiggles under about two units (two CSS pixels or less at the map's size); islets keep their rings (simplifyTopology).
  minWeight = 1e-3,
  idPrefix = 'islands-map',
  lang = 'en',
}: IslandsMapOptions): IslandsMap {
  const t = translator(lang);
  const { projection, height } = regionProjection(region, width);
  const path = (object: GeoPermissibleObjects) => {
    const context = new CompactPath();
    geoPath(projection, context)(object);
    return context.toString();
  };

  const objectName = Object.keys(land.objects)[0];
  if (!objectName) throw new Error('the land topology has no objects');
  const local = simplifyTopology(subsetTopology(land, objectName, expandBBox(region, 1)), minWeight);
  const landShape = feature(local, local.objects[objectName]!);
  const landPath = path(landShape);

  const graticule = path(
    geoGraticule()
      .extent([
        [region.west - 5, region.south - 5],
        [region.east + 5, region.north + 5],
      ])
      .step([5, 5])(),
  );

  // One ring: the first place with a claimed range (data/geo.ts allows only one).
  const around = places.find((p) => p.claimedRange);
  const claim = around?.claimedRange;
  const ring: Element[] = [];
  if (around && claim) {
    const circle = path(rangeRing([around.lon, around.lat], claim.km));
    // The label sits just south of the ring's southern edge.
    const [lx, ly] = projectPoint(projection, [around.lon, around.lat - kmToDegrees(claim.km) - 0.35]);
    ring.push(
      s('path', { class: 'islands-map__ring', d: circle }),
      multiline(lx, ly, [fill(t('map.ring.claim'), { km: claim.km }), fill(t('map.ring.by'), { claimedBy: claim.claimedBy })], {
        class: 'islands-map__ring-label',
        'text-anchor': 'middle',
      }),
    );
  }

  const markers = places.map((place) => {
    const [x, y] = projectPoint(projection, [place.lon, place.lat]);
    const spec = LABELS[place.id];
    const [tx, ty] = spec ? projectPoint(projection, spec.at) : [x + 8, y + 4];
    const anchor = spec?.anchor ?? 'start';
    const lines = nameLines(place, spec, lang);
    const kind = place.disputed ? 'disputed' : place === around ? 'range-centre' : 'other';
    // The leader line ends at the label's first baseline, on the side facing the marker.
    const leader = spec ? s('line', { class: 'islands-map__leader', x1: x, y1: y, x2: round(tx), y2: round(ty - 5) }) : undefined;
    return s(
      'g',
      { class: `islands-map__place islands-map__place--${kind}`, 'data-place': place.id },
      leader,
      s('circle', { class: 'islands-map__marker', cx: x, cy: y, r: place.disputed ? 3.5 : 3 }),
      multiline(tx, ty, lines, { class: 'islands-map__label', 'text-anchor': anchor }),
    );
  });

  const context = CONTEXT_LABELS.map(({ text, at, water }) => {
    const [x, y] = projectPoint(projection, at);
    return s(
      'text',
      { class: water ? ['islands-map__context', 'islands-map__context--water'] : 'islands-map__context', x, y, 'text-anchor': 'middle' },
      t(text),
    );
  });

  // A 200 km scale bar along a parallel, in the open Pacific at the bottom right.
  const barLat = region.south + 0.6;
  const barLon = region.east - 4;
  const [bx0, by] = projectPoint(projection, [barLon, barLat]);
  const [bx1] = projectPoint(projection, [barLon + kmToDegrees(200) / Math.cos((barLat * Math.PI) / 180), barLat]);
  const scale = s(
    'g',
    { class: 'islands-map__scale' },
    s('path', { d: `M${bx0},${by - 5}V${by}H${bx1}V${by - 5}` }),
    s('text', { x: round((bx0 + bx1) / 2), y: by - 8, 'text-anchor': 'middle' }, fill(t('map.scale'), { km: 200 })),
  );

  const description = describeMap(places, around, lang);
  const svg = s(
    'svg',
    {
      class: 'islands-map__svg',
      // The labels repeat the caption; keep them out of the search index.
      'data-pagefind-ignore': '',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    },
    s('title', { id: `${idPrefix}-title` }, t('map.title')),
    s('desc', { id: `${idPrefix}-desc` }, description),
    s('rect', { class: 'islands-map__water', width, height }),
    s('use', { class: 'islands-map__graticule', href: `${LAND_HREF}#graticule` }),
    s('use', { class: 'islands-map__land', href: `${LAND_HREF}#land` }),
    ...context,
    ...ring,
    ...markers,
    scale,
  );
  const landDocument = s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}` },
    s('path', { id: 'graticule', d: graticule }),
    s('path', { id: 'land', d: landPath }),
  );
  return { svg, land: landDocument, width, height, description, range: around && claim ? { place: around, claim } : undefined, lang };
}
