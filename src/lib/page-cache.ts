/**
 * Which collections the incremental build's page keys (src/data/page-cache-keys.ts)
 * take in full: every collection of src/content.config.ts but the articles and
 * their translations, whose text only their own pages and the events that
 * quote them show. A unit test fails when a collection is in neither list.
 */
export const KEYED_IN_FULL = [
  'timeline',
  'glossary',
  'places',
  'topics',
  'about',
  'timelineJa',
  'glossaryJa',
  'placesJa',
  'topicsJa',
  'aboutJa',
] as const;
