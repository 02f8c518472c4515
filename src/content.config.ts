/**
 * Content collections: each folder of content/ (or CONTENT_DIR) with the
 * schema in src/data/schemas.ts that validates it. A file that breaks a rule
 * fails the build with the collection, the entry (its file name) and the
 * field named. Articles and events are rendered with the glossary's links,
 * so they are rendered again when the glossary changes.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, collectionDir } from './data/content-dir';
import { followingGlossary } from './data/glossary-aware-loader';
import { articleSchema, glossaryTermSchema, placeSchema, timelineEventSchema, topicIntroSchema } from './data/schemas';

const refs = { articles: reference('articles'), timeline: reference('timeline'), places: reference('places') };

const articles = defineCollection({
  // retainBody: false: pages use the rendered HTML only; the raw Markdown would
  // make the content store, which every build compiles, a third larger.
  loader: followingGlossary(glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/articles`, retainBody: false }), collectionDir('glossary')),
  schema: articleSchema,
});

const timeline = defineCollection({
  loader: followingGlossary(glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/timeline`, retainBody: false }), collectionDir('glossary')),
  schema: timelineEventSchema(refs),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${CONTENT_DIR}/glossary` }),
  schema: glossaryTermSchema(refs),
});

const places = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${CONTENT_DIR}/places` }),
  schema: placeSchema,
});

// Topic introductions: top-level files only (`*.md`); translations will sit in topics/<lang>/.
const topics = defineCollection({
  loader: followingGlossary(glob({ pattern: '*.md', base: `${CONTENT_DIR}/topics`, retainBody: false }), collectionDir('glossary')),
  schema: topicIntroSchema(refs),
});

export const collections = { articles, timeline, glossary, places, topics };
