/**
 * The schemas of translations (content/<collection>/<language>/<name>): the
 * text fields of an item in another language. Everything else (dates,
 * category, topics, references, coordinates) belongs to the original and is
 * never repeated, so a translation cannot contradict it.
 */
import { z } from 'astro/zod';
import { slugId, sourceSchema } from '../lib/content-schema';
import { SOURCE_HASH_LENGTH } from '../lib/translation-status';

const translationFields = {
  /** The original's file name without extension; the translation has the same name. */
  translationOf: slugId,
  /** The version translated: the first 12 hex digits of the SHA-256 of the original file (`sha256sum <original> | cut -c1-12`). */
  sourceHash: z
    .string()
    .regex(
      new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`),
      `expected the first ${SOURCE_HASH_LENGTH} hex digits of the original file's SHA-256`,
    ),
  /** Sources in the translation's language, e.g. the official Japanese text of a document quoted in Japanese. */
  sources: z.array(sourceSchema).default([]),
};

export const articleTranslationSchema = z
  .object({
    ...translationFields,
    /** Headline in the translation's language. */
    title: z.string().min(2).max(160),
    /** The dek. */
    description: z.string().min(10).max(320),
    /** Who translated or edited it. */
    byline: z.string().min(2),
    /** True when the body summarises the original instead of translating it (a republished report is not rewritten). */
    summary: z.boolean().default(false),
  })
  .strict();

export const timelineEventTranslationSchema = z
  .object({
    ...translationFields,
    /** Short neutral headline. */
    title: z.string().min(2).max(120),
  })
  .strict();

export const glossaryTermTranslationSchema = z
  .object({
    ...translationFields,
    /** The term as this language's edition writes it. */
    term: z.string().min(1),
    /** Other names in this language (readings, older names, abbreviations); never the term itself. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Short, neutral definition. */
    definition: z.string().min(10),
  })
  .strict()
  .refine((t) => !t.aliases.includes(t.term), { message: 'aliases must not repeat the term', path: ['aliases'] });

export const placeTranslationSchema = z
  .object({
    ...translationFields,
    /** The place's name in this language. */
    name: z.string().min(1),
    /** The Russian name as this language writes it, for places Russia names differently. */
    russianName: z.string().min(1).optional(),
    /** Area in words, translated from the original. */
    area: z.string().optional(),
    /** Context, translated from the original. */
    note: z.string().optional(),
    /** The text of the original's claimed range (the distance and sources are the original's). */
    claimedRange: z
      .object({
        /** Who claims the range. */
        claimedBy: z.string().min(1),
        /** What the map's ring is and is not. */
        caveat: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();

export const aboutTranslationSchema = z
  .object({
    ...translationFields,
    /** The page's heading and title. */
    title: z.string().min(2).max(160),
    /** One sentence for search results and previews. */
    description: z.string().min(10).max(320),
  })
  .strict();

export const topicIntroTranslationSchema = z
  .object({
    ...translationFields,
    /** The page heading, if it should differ from the topic's name in this language. */
    title: z.string().min(2).optional(),
  })
  .strict();
