/**
 * The map of Hokkaido and the Kuril chain, drawn once at build time as a
 * static SVG string: land outlines (no borders, no country colours: the map
 * takes no side in the dispute), the places from content/places with their
 * names in Russian and Japanese, and the range Russia's Defence Ministry
 * claims for its missiles on Paramushir, drawn as a ring and labelled as a
 * claim. Colours come from CSS classes (see global.css), so it follows the
 * light and dark themes.
 */
import { geoGraticule, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { projectPoint, regionProjection } from './projection';
import { expandBBox, KURIL_REGION, type BBox } from './region';
import { kmToDegrees, rangeRing } from './ring';
import { simplifyTopology, subsetTopology } from './subset';
import { el, escapeXml } from './svg';
import { splitLastWord } from '../text';

export interface MapPlace {
  id: string;
  /** Name as the site writes it, e.g. "Iturup / Etorofu". */
  name: string;
  russian: { latin: string; cyrillic: string };
  japanese: { latin: string; script: string };
  lat: number;
  lon: number;
  disputed: boolean;
}

export interface LabelSpec {
  /** Where the label's anchor point goes, [lon, lat]. */
  at: [number, number];
  anchor: 'start' | 'middle' | 'end';
  /** An extra line under the names. */
  note?: string;
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
  paramushir: { at: [154.5, 51.35], anchor: 'end', note: 'northern Kurils, not disputed' },
};

/** Context names, in italics, to help a reader find their way. */
const CONTEXT_LABELS: ReadonlyArray<{ text: string; at: [number, number]; water?: boolean }> = [
  { text: 'Hokkaido', at: [142.6, 43.4] },
  { text: 'Kamchatka', at: [158.3, 51.6] },
  { text: 'Sakhalin', at: [142.9, 49.0] },
  { text: 'Sea of Okhotsk', at: [148.5, 48.3], water: true },
  { text: 'Pacific Ocean', at: [151.5, 42.0], water: true },
];

export interface IslandsMapOptions {
  /** A world land topology (world-atlas land-10m.json). */
  land: Topology;
  places: readonly MapPlace[];
  region?: BBox;
  width?: number;
  /** Simplification threshold in square degrees (see simplifyTopology). */
  minWeight?: number;
  /** The claimed range in km, and the place it is drawn around. */
  range?: { km: number; around: string };
  /** Prefix for the SVG's title and desc ids; must be unique on the page. */
  idPrefix?: string;
}

export interface IslandsMap {
  /** The complete <svg> element. */
  svg: string;
  width: number;
  height: number;
  /** The text alternative, also used in the SVG's <desc>. */
  description: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

function nameLines(place: MapPlace, spec: LabelSpec | undefined): string[] {
  const lines = [
    escapeXml(place.name),
    `<tspan lang="ru">${escapeXml(place.russian.cyrillic)}</tspan> · <tspan lang="ja">${escapeXml(place.japanese.script)}</tspan>`,
  ];
  if (spec?.note) lines.push(escapeXml(spec.note));
  return lines;
}

/** Multi-line <text>: each line a <tspan> at the same x. */
function multiline(x: number, y: number, lines: readonly string[], attributes: Record<string, string>, lineHeight = 16): string {
  const spans = lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, line));
  return el('text', { x, y, ...attributes }, ...spans);
}

export function describeMap(places: readonly MapPlace[], rangeKm: number, around: MapPlace | undefined): string {
  // North-east to south-west, the order in which the chain runs.
  const disputed = places
    .filter((p) => p.disputed)
    .sort((a, b) => b.lat - a.lat)
    .map((p) => `${p.name} (${p.russian.cyrillic}, ${p.japanese.script})`);
  const others = places.filter((p) => !p.disputed).map((p) => p.name);
  return [
    'Map of Hokkaido, the Kuril Islands and southern Kamchatka, showing land only, with no borders.',
    disputed.length
      ? `Marked are the four islands that Russia calls the southern Kurils and Japan the Northern Territories: ${disputed.join('; ')}.`
      : '',
    others.length ? `Also marked: ${others.join('; ')}.` : '',
    around
      ? `A dashed circle of ${rangeKm} km around ${around.name} shows the missile range of up to ${rangeKm} km claimed by Russia’s Defence Ministry.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function buildIslandsMap({
  land,
  places,
  region = KURIL_REGION,
  width = 800,
  minWeight = 2e-4,
  range = { km: 500, around: 'paramushir' },
  idPrefix = 'islands-map',
}: IslandsMapOptions): IslandsMap {
  const { projection, height } = regionProjection(region, width);
  const path = geoPath(projection).digits(1);

  const objectName = Object.keys(land.objects)[0];
  if (!objectName) throw new Error('the land topology has no objects');
  const local = simplifyTopology(subsetTopology(land, objectName, expandBBox(region, 1)), minWeight);
  const landShape = feature(local, local.objects[objectName]!);
  const landPath = path(landShape) ?? '';

  const graticule =
    path(
      geoGraticule()
        .extent([
          [region.west - 5, region.south - 5],
          [region.east + 5, region.north + 5],
        ])
        .step([5, 5])(),
    ) ?? '';

  const around = places.find((p) => p.id === range.around);
  let ring = '';
  if (around) {
    const circle = path(rangeRing([around.lon, around.lat], range.km)) ?? '';
    // The label sits just south of the ring's southern edge.
    const [lx, ly] = projectPoint(projection, [around.lon, around.lat - kmToDegrees(range.km) - 0.35]);
    ring =
      el('path', { class: 'islands-map__ring', d: circle }) +
      multiline(lx, ly, ['Claimed range: up to 500 km,', 'according to Russia’s Defence Ministry'].map(escapeXml), {
        class: 'islands-map__ring-label',
        'text-anchor': 'middle',
      });
    if (range.km !== 500) throw new Error('the ring label is written for the 500 km claim');
  }

  const markers = places.map((place) => {
    const [x, y] = projectPoint(projection, [place.lon, place.lat]);
    const spec = LABELS[place.id];
    const [tx, ty] = spec ? projectPoint(projection, spec.at) : [x + 8, y + 4];
    const anchor = spec?.anchor ?? 'start';
    const lines = nameLines(place, spec);
    const kind = place.disputed ? 'disputed' : place.id === range.around ? 'range-centre' : 'other';
    // The leader line ends at the label's first baseline, on the side facing the marker.
    const leader = spec ? el('line', { class: 'islands-map__leader', x1: x, y1: y, x2: round(tx), y2: round(ty - 5) }) : '';
    return el(
      'g',
      { class: `islands-map__place islands-map__place--${kind}`, 'data-place': place.id },
      leader,
      el('circle', { class: 'islands-map__marker', cx: x, cy: y, r: place.disputed ? 3.5 : 3 }),
      multiline(tx, ty, lines, { class: 'islands-map__label', 'text-anchor': anchor }),
    );
  });

  const context = CONTEXT_LABELS.map(({ text, at, water }) => {
    const [x, y] = projectPoint(projection, at);
    return el(
      'text',
      { class: `islands-map__context${water ? ' islands-map__context--water' : ''}`, x, y, 'text-anchor': 'middle' },
      escapeXml(text),
    );
  });

  // A 200 km scale bar along a parallel, in the open Pacific at the bottom right.
  const barLat = region.south + 0.6;
  const barLon = region.east - 4;
  const [bx0, by] = projectPoint(projection, [barLon, barLat]);
  const [bx1] = projectPoint(projection, [barLon + kmToDegrees(200) / Math.cos((barLat * Math.PI) / 180), barLat]);
  const scale = el(
    'g',
    { class: 'islands-map__scale' },
    el('path', { d: `M${bx0},${by - 5}V${by}H${bx1}V${by - 5}` }),
    el('text', { x: round((bx0 + bx1) / 2), y: by - 8, 'text-anchor': 'middle' }, '200 km'),
  );

  const description = describeMap(places, range.km, around);
  const svg = el(
    'svg',
    {
      class: 'islands-map__svg',
      // The labels repeat the caption; keep them out of the search index.
      'data-pagefind-ignore': '',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    },
    el('title', { id: `${idPrefix}-title` }, 'Map: Hokkaido and the Kuril Islands'),
    el('desc', { id: `${idPrefix}-desc` }, escapeXml(description)),
    el('rect', { class: 'islands-map__water', width, height }),
    el('path', { class: 'islands-map__graticule', d: graticule }),
    el('path', { class: 'islands-map__land', d: landPath }),
    ...context,
    ring,
    ...markers,
    scale,
  );
  return { svg, width, height, description };
}

/** Where the land outlines come from, for the caption. */
const LAND_CREDIT =
  'Land outlines: Natural Earth 1:10m land (public domain), from the world-atlas package, simplified for the web. At this scale Natural Earth draws four of the Habomai islets; smaller islets and rocks, among them the one nearest Cape Nosappu, are not in its data. Marker positions are approximate centre points, from weak sources (see the glossary). No borders are drawn: the map shows land, not sovereignty.';

/** Sources for the range figures in the caption (fact sheet JT-22, the CSIS pages, Kyodo). */
const RANGE_SOURCES: ReadonlyArray<{ publisher: string; title: string; url: string; date?: string; note?: string }> = [
  {
    publisher: 'The Japan Times (Reuters)',
    title: 'Russia deploys coastal defense missile systems near disputed islands',
    url: 'https://www.japantimes.co.jp/news/2022/12/06/national/russia-missile-defense-disputed-islands/',
    date: '6 December 2022',
  },
  {
    publisher: 'Center for Strategic and International Studies, Missile Threat',
    title: 'Russia Deploys Coastal Defenses by the Kuril Islands',
    url: 'https://missilethreat.csis.org/russia-deploys-coastal-defenses-by-the-kuril-islands/',
    date: 'December 2021',
  },
  {
    publisher: 'Center for Strategic and International Studies, Missile Threat',
    title: 'Russia Deploying Missiles to Disputed Islands',
    url: 'https://missilethreat.csis.org/russia-plans-missile-deployment-to-disputed-islands/',
    note: 'undated',
  },
  {
    publisher: 'defense-aerospace.com (Kyodo News excerpt)',
    title: 'Russia Plans Additional Missile Defense Buildup on Kuril Islands',
    url: 'https://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=205576&cat=3',
    date: '2 September 2019',
  },
];

/** A source written the way SourceList.astro writes one: publisher, linked title, date, caveat. */
function sourceHtml(s: (typeof RANGE_SOURCES)[number]): string {
  // The last word stays on one line with the external-link icon (see prose.css).
  const [head, tail] = splitLastWord(s.title);
  const link = el(
    'a',
    { href: s.url, class: 'external', rel: 'noopener noreferrer external' },
    escapeXml(head),
    el('span', { class: 'external__end' }, escapeXml(tail)),
    el('span', { class: 'visually-hidden' }, ' (external link)'),
  );
  return `${el('span', { class: 'source-list__publisher' }, escapeXml(s.publisher))}, ${link}${s.date ? `, ${escapeXml(s.date)}` : ''}${s.note ? ` (${escapeXml(s.note)})` : ''}`;
}

/** The map as a complete <figure>, with a caption that says what it shows and where the data come from. */
export function islandsMapFigure(map: IslandsMap, id = 'islands-map'): string {
  return el(
    'figure',
    { class: 'islands-map', id },
    map.svg,
    el(
      'figcaption',
      {},
      el('strong', {}, 'Hokkaido and the Kuril Islands.'),
      ' ',
      escapeXml(map.description),
      ' The ring is a claim, not a measurement. CSIS gives the same 500 km for the Bastion system on one page and up to 300 km for its Oniks missile on another; Kyodo (2019) gave more than 300 km. ',
      el('span', { class: 'islands-map__credit' }, `Range sources: ${RANGE_SOURCES.map(sourceHtml).join('; ')}.`),
      el('span', { class: 'islands-map__credit' }, escapeXml(LAND_CREDIT)),
    ),
  );
}
