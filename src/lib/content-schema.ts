/**
 * Schema building blocks shared by the content collections.
 * Kept apart from `content.config.ts` so unit tests can exercise them
 * without Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { isValidPartialDate } from './dates';

/** Kinds of timeline event. Each has a colour and a shape on the timeline. */
export { CATEGORIES } from './categories';

/** Topics: each has a page at /topics/<topic>/. */
export const TOPICS = ['kuril-islands', 'security-strategy', 'sanctions', 'military', 'diplomacy', 'ukraine-war'] as const;
export type Topic = (typeof TOPICS)[number];

export const ARTICLE_KINDS = ['report', 'analysis', 'explainer'] as const;

/** YAML turns an unquoted 2022-12-16 into a Date; accept both and keep a plain string. */
const dateToString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDay = z.preprocess(
  dateToString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
    .refine(isValidPartialDate, 'not a real calendar date'),
);

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  dateToString,
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isValidPartialDate, 'not a real calendar date'),
);

/** An element id: lower-case letters, digits and hyphens. */
export const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id such as "p-there-is-a"');

/** Only web links: a javascript: or data: URL in a source is a mistake or an attack. */
const httpUrl = z
  .url({ error: 'expected a full URL' })
  .refine((u) => /^https?:\/\//i.test(u), 'source URLs must start with http:// or https://');

/** One cited source. */
export const sourceSchema = z
  .object({
    /** Publisher or outlet, e.g. "Ministry of Foreign Affairs of Japan". */
    publisher: z.string().min(2),
    /** Title of the page or document cited. */
    title: z.string().min(2),
    /** Link to the page. */
    url: httpUrl,
    /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD; omit when the page is undated. */
    date: partialDate.optional(),
    /** Id in the fact sheet's source register, e.g. "JT-22". */
    ref: z.string().optional(),
    /** A caveat the reader should see: "Russian state media", "weak source", "in Japanese". */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
