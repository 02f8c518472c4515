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
import { buildIslandsMap, type MapPlace } from '../lib/geo/islands-map';
import type { Language } from '../lib/i18n/languages';
import { collectionDir } from './content-dir';
import { loadPlaces, loadPlaceTranslations } from './files';

const require = createRequire(import.meta.url);

/** Natural Earth 1:10m land (world-atlas 2.x, Natural Earth 4.1). */
export function loadLand(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
}

const cached = new Map<Language, Element>();

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

/**
 * The islands map figure as hast for a page in `lang`, built on first use.
 * Shared: callers that change trees (the Markdown pipeline) take a copy.
 */
export function islandsMapElement(lang: Language = 'en'): Element {
  let figure = cached.get(lang);
  if (!figure) {
    const places = placesIn(lang);
    const ranged = places.filter((p) => p.claimedRange);
    if (ranged.length > 1) {
      const ids = ranged.map((p) => p.id).join(', ');
      throw new Error(
        `${collectionDir('places')}: claimedRange: the islands map draws one claimed range, but ${ranged.length} places give one (${ids})`,
      );
    }
    figure = islandsMapFigure(buildIslandsMap({ land: loadLand(), places, lang }));
    cached.set(lang, figure);
  }
  return figure;
}

/** The figure serialised, for pages built from components (IslandsMap.astro). */
export function islandsMapHtml(lang: Language = 'en'): string {
  return toHtml(islandsMapElement(lang));
}
