/**
 * Content collections: each folder of content/ (or CONTENT_DIR) with the
 * schema in src/data/schemas.ts that validates it. A file that breaks a rule
 * fails the build with the collection, the entry (its file name) and the
 * field named. Articles and events are rendered with the glossary's links,
 * so they are rendered again when a term's names change; their Markdown is
 * rendered in worker threads (data/markdown-pool-loader.ts). Each collection
 * reads its folder's top level; translations are collections of their own.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, collectionDir } from './data/content-dir';
import { followingGlossary } from './data/glossary-aware-loader';
import { renderingInWorkers } from './data/markdown-pool-loader';
import { ifFolderExists } from './data/optional-folder-loader';
import { aboutSchema, articleSchema, glossaryTermSchema, placeSchema, timelineEventSchema, topicIntroSchema } from './data/schemas';
import {
  aboutTranslationSchema,
  articleTranslationSchema,
  glossaryTermTranslationSchema,
  placeTranslationSchema,
  timelineEventTranslationSchema,
  topicIntroTranslationSchema,
} from './data/translation-schemas';

const refs = { articles: reference('articles'), timeline: reference('timeline'), places: reference('places') };

const articles = defineCollection({
  // retainBody: false: pages use the rendered HTML only; the raw Markdown would
  // make the content store, which every build compiles, a third larger.
  loader: followingGlossary(
    renderingInWorkers(glob({ pattern: '*.md', base: `${CONTENT_DIR}/articles`, retainBody: false })),
    collectionDir('glossary'),
  ),
  schema: articleSchema,
});

const timeline = defineCollection({
  loader: followingGlossary(
    renderingInWorkers(glob({ pattern: '*.md', base: `${CONTENT_DIR}/timeline`, retainBody: false })),
    collectionDir('glossary'),
  ),
  schema: timelineEventSchema(refs),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/glossary` }),
  schema: glossaryTermSchema(refs),
});

const places = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/places` }),
  schema: placeSchema,
});

// Topic introductions: top-level files only (`*.md`); translations will sit in topics/<lang>/.
const topics = defineCollection({
  loader: followingGlossary(
    renderingInWorkers(glob({ pattern: '*.md', base: `${CONTENT_DIR}/topics`, retainBody: false })),
    collectionDir('glossary'),
  ),
  schema: topicIntroSchema(refs),
});

// The About page: one Markdown file, so its text and its translation render the same way.
const about = defineCollection({
  loader: glob({ pattern: 'about.md', base: `${CONTENT_DIR}/about` }),
  schema: aboutSchema,
});

// Japanese translations, one file per item beside its original (content/timeline/ja/…).
const translated = (collection: Parameters<typeof collectionDir>[0], pattern: string, retainBody?: false) => {
  const dir = `${collectionDir(collection)}/ja`;
  const files = glob({ pattern, base: dir, ...(retainBody === false ? { retainBody } : {}) });
  return ifFolderExists(retainBody === false ? followingGlossary(renderingInWorkers(files), collectionDir('glossary')) : files, dir);
};

const articlesJa = defineCollection({ loader: translated('articles', '*.md', false), schema: articleTranslationSchema });
const timelineJa = defineCollection({ loader: translated('timeline', '*.md', false), schema: timelineEventTranslationSchema });
const glossaryJa = defineCollection({ loader: translated('glossary', '*.{yaml,yml}'), schema: glossaryTermTranslationSchema });
const placesJa = defineCollection({ loader: translated('places', '*.{yaml,yml}'), schema: placeTranslationSchema });
const topicsJa = defineCollection({ loader: translated('topics', '*.md', false), schema: topicIntroTranslationSchema });
const aboutJa = defineCollection({ loader: translated('about', 'about.md'), schema: aboutTranslationSchema });

// A new collection goes into src/lib/page-cache.ts too (a unit test checks), so that changing it renders the pages again.
export const collections = {
  articles,
  timeline,
  glossary,
  places,
  topics,
  about,
  articlesJa,
  timelineJa,
  glossaryJa,
  placesJa,
  topicsJa,
  aboutJa,
};
