/**
 * Build-time data for the islands map: Natural Earth 1:10m land from the
 * world-atlas package and the places from content/places (with the claimed
 * range and its sources), rendered once per build and cached (the 3 MB
 * TopoJSON is read only the first time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Topology } from 'topojson-specification';
import { islandsMapFigure } from '../lib/geo/figure';
import { buildIslandsMap, type IslandsMap, type MapPlace } from '../lib/geo/islands-map';
import type { Language } from '../lib/i18n/languages';
import rehypeBaseLinks from '../markdown/rehype-base-links';
import { collectionDir } from './content-dir';
import { loadPlaces, loadPlaceTranslations } from './files';

const require = createRequire(import.meta.url);

/** Natural Earth 1:10m land (world-atlas 2.x, Natural Earth 4.1). */
export function loadLand(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
}

/** Each language's map and its figure, built together on first use. */
const cached = new Map<Language, { map: IslandsMap; figure: Element }>();

/** The places with their names and the range's text in `lang` where translated (the figures stay the original's). */
function placesIn(lang: Language): MapPlace[] {
  const translations = loadPlaceTranslations(lang);
  return loadPlaces().map((place) => {
    const tr = translations.get(place.id);
    if (!tr) return place;
    const range = place.claimedRange && tr.claimedRange ? { ...place.claimedRange, ...tr.claimedRange } : place.claimedRange;
    return { ...place, local: { name: tr.name, russianName: tr.russianName }, claimedRange: range };
  });
}

/** The map for `lang` and its figure, built on first use (the land topology is read once per language). */
function islandsMap(lang: Language): { map: IslandsMap; figure: Element } {
  let built = cached.get(lang);
  if (!built) {
    const places = placesIn(lang);
    const ranged = places.filter((p) => p.claimedRange);
    if (ranged.length > 1) {
      const ids = ranged.map((p) => p.id).join(', ');
      throw new Error(
        `${collectionDir('places')}: claimedRange: the islands map draws one claimed range, but ${ranged.length} places give one (${ids})`,
      );
    }
    const map = buildIslandsMap({ land: loadLand(), places, lang });
    built = { map, figure: islandsMapFigure(map) };
    cached.set(lang, built);
  }
  return built;
}

/**
 * The islands map figure as hast for a page in `lang`, built on first use.
 * Its <use> elements point at the root-relative land file: the Markdown
 * pipeline adds the deploy base (rehype-base-links), islandsMapHtml does here.
 * Shared: callers that change trees (the Markdown pipeline) take a copy.
 */
export function islandsMapElement(lang: Language = 'en'): Element {
  return islandsMap(lang).figure;
}

/** The figure serialised under the deploy `base`, for pages built from components (IslandsMap.astro). */
export function islandsMapHtml(lang: Language = 'en', base = '/'): string {
  const figure = structuredClone(islandsMapElement(lang));
  rehypeBaseLinks({ base })({ type: 'root', children: [figure] });
  return toHtml(figure);
}

/** The land outlines and graticule every map draws with <use>: the same in every language (served at LAND_HREF). */
export function islandsLandSvg(): string {
  return toHtml(islandsMap('en').map.land, { space: 'svg' });
}
