/**
 * The islands map as a complete <figure> (hast): the SVG, and a caption that
 * says what the map shows, that the ring is a claim, where the range figures
 * come from (the place's `claimedRange` sources, in the site's one source
 * list) and where the land outlines come from.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { sourceList } from '../sources';
import type { IslandsMap } from './islands-map';

/** Where the land outlines come from, for the caption. */
const LAND_CREDIT =
  'Land outlines: Natural Earth 1:10m land (public domain), from the world-atlas package, simplified for the web. At this scale Natural Earth draws four of the Habomai islets; smaller islets and rocks, among them the one nearest Cape Nosappu, are not in its data. Marker positions are approximate centre points, from weak sources (see the glossary). No borders are drawn: the map shows land, not sovereignty.';

export function islandsMapFigure(map: IslandsMap, id = 'islands-map'): Element {
  const range: ElementContent[] = map.range
    ? [
        { type: 'text', value: ` ${map.range.claim.caveat} ` },
        h('span', { class: 'islands-map__credit' }, 'Range sources:'),
        // No heading: a caption is not a section of the page (and the article's contents would list it).
        sourceList(map.range.claim.sources, { heading: '', className: ['islands-map__sources'] }),
      ]
    : [];
  return h(
    'figure',
    { class: 'islands-map', id },
    map.svg,
    h(
      'figcaption',
      h('strong', 'Hokkaido and the Kuril Islands.'),
      ` ${map.description}`,
      range,
      h('span', { class: 'islands-map__credit' }, LAND_CREDIT),
    ),
  );
}
