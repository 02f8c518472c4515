/**
 * The islands map as a complete <figure> (hast): the SVG, and a caption that
 * says what the map shows, that the ring is a claim, where the range figures
 * come from (the place's `claimedRange` sources, in the site's one source
 * list) and where the land outlines come from.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { translator } from '../i18n/ui';
import { sourceList } from '../sources';
import type { IslandsMap } from './islands-map';

export function islandsMapFigure(map: IslandsMap, id = 'islands-map'): Element {
  const t = translator(map.lang);
  // Japanese sentences follow each other with no space.
  const space = map.lang === 'en' ? ' ' : '';
  const range: ElementContent[] = map.range
    ? [
        { type: 'text', value: `${space}${map.range.claim.caveat}${space}` },
        h('span', { class: 'islands-map__credit' }, t('map.rangeSources')),
        // No heading: a caption is not a section of the page (and the article's contents would list it).
        sourceList(map.range.claim.sources, { heading: '', className: ['islands-map__sources'], lang: map.lang }),
      ]
    : [];
  return h(
    'figure',
    { class: 'islands-map', id },
    map.svg,
    h(
      'figcaption',
      h('strong', t('map.heading')),
      `${space}${map.description}`,
      range,
      h('span', { class: 'islands-map__credit' }, t('map.landCredit')),
    ),
  );
}
