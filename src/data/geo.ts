/**
 * Build-time data for the islands map: Natural Earth 1:10m land from the
 * world-atlas package and the places from content/places, rendered once per
 * build and cached (the 3 MB TopoJSON is read only the first time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { buildIslandsMap, islandsMapFigure } from '../lib/geo/islands-map';
import { loadPlaces } from './files';

const require = createRequire(import.meta.url);

/** Natural Earth 1:10m land (world-atlas 2.x, Natural Earth 4.1). */
export function loadLand(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
}

let cached: string | undefined;

/** The islands map figure as HTML, built on first use. */
export function islandsMapHtml(): string {
  cached ??= islandsMapFigure(buildIslandsMap({ land: loadLand(), places: loadPlaces() }));
  return cached;
}
