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
import { buildIslandsMap } from '../lib/geo/islands-map';
import { collectionDir } from './content-dir';
import { loadPlaces } from './files';

const require = createRequire(import.meta.url);

/** Natural Earth 1:10m land (world-atlas 2.x, Natural Earth 4.1). */
export function loadLand(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
}

let cached: Element | undefined;

/**
 * The islands map figure as hast, built on first use. Shared: callers that
 * change trees (the Markdown pipeline) take a copy.
 */
export function islandsMapElement(): Element {
  if (!cached) {
    const places = loadPlaces();
    const ranged = places.filter((p) => p.claimedRange);
    if (ranged.length > 1) {
      const ids = ranged.map((p) => p.id).join(', ');
      throw new Error(
        `${collectionDir('places')}: claimedRange: the islands map draws one claimed range, but ${ranged.length} places give one (${ids})`,
      );
    }
    cached = islandsMapFigure(buildIslandsMap({ land: loadLand(), places }));
  }
  return cached;
}

/** The figure serialised, for pages built from components (IslandsMap.astro). */
export function islandsMapHtml(): string {
  return toHtml(islandsMapElement());
}
