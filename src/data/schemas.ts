/**
 * One zod schema per kind of content: the contract between editors and code.
 *
 * Every field carries a one-line doc comment. The collections
 * (content.config.ts) validate with these schemas, and so do the reads that
 * happen before collections exist (the Markdown pipeline's glossary and the
 * map's places, in ./files): one set of rules, one set of messages.
 * References to other entries are passed in (`refs`): Astro's `reference()`
 * for the collections, a plain id where Astro's content layer is not running.
 */
import { z } from 'astro/zod';
import { ARTICLE_KINDS, CATEGORIES, TOPICS, isoDay, partialDate, slugId, sourceSchema } from '../lib/content-schema';
import { correctionDateProblems, correctionsField } from '../lib/corrections';

/** How each schema reads a reference to another entry: `reference('articles')` in a collection, an id before collections exist. */
interface Refs<A extends z.ZodType, T extends z.ZodType, P extends z.ZodType> {
  articles: A;
  timeline: T;
  places: P;
}

/** References as plain ids, for reads outside Astro's content layer. */
export const idRefs = { articles: slugId, timeline: slugId, places: slugId } as const;

export const articleSchema = z
  .object({
    /** Headline, as published. */
    title: z.string().min(5).max(160),
    /** The dek: one or two sentences shown under the title and in previews. */
    description: z.string().min(20).max(320),
    /** Date this site first published the piece (YYYY-MM-DD). */
    published: isoDay,
    /** Date of the last substantive update, if any (YYYY-MM-DD). */
    updated: isoDay.optional(),
    /** What sort of piece this is. */
    kind: z.enum(ARTICLE_KINDS),
    /** Topics from the fixed list; each gets a topic page. */
    topics: z.array(z.enum(TOPICS)).min(1),
    /** Who wrote or edited it on this site. */
    byline: z.string().min(2),
    /** The original publication, for republished reports. */
    original: z
      .object({
        /** Outlet that published the original text. */
        outlet: z.string(),
        /** Outlets the original relied on, in the order it cites them. */
        via: z.array(z.string()).default([]),
        /** Date of the original publication (YYYY-MM-DD). */
        date: isoDay,
        /** How this site obtained and treats the text. */
        note: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Corrections and editor's changes, oldest first; each is listed on /corrections/. */
    corrections: correctionsField,
    /** Show this article as the lead on the home page. */
    lead: z.boolean().default(false),
  })
  .strict()
  .refine((a) => !a.updated || a.updated >= a.published, {
    message: 'updated must not be earlier than published',
    path: ['updated'],
  })
  .superRefine((a, ctx) => {
    for (const p of correctionDateProblems(a)) ctx.addIssue({ code: 'custom', ...p });
  });

export function timelineEventSchema<A extends z.ZodType>(refs: Pick<Refs<A, z.ZodType, z.ZodType>, 'articles'>) {
  return z
    .object({
      /** Short headline of the event, neutral in wording. */
      title: z.string().min(5).max(120),
      /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
      date: partialDate,
      /** How precisely the date is known. */
      precision: z.enum(['day', 'month', 'year']),
      /** Last day, for events that span several days (YYYY-MM-DD). */
      endDate: isoDay.optional(),
      /** Kind of event; drives colour and shape on the timeline. */
      category: z.enum(CATEGORIES),
      /** 3 = landmark, 2 = major, 1 = context. */
      importance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      /** Topics from the fixed list. */
      topics: z.array(z.enum(TOPICS)).default([]),
      /** At least one source for the account. */
      sources: z.array(sourceSchema).min(1),
      /** Articles that discuss the event, with the paragraph anchor if known. */
      related: z
        .array(
          z
            .object({
              /** The article (its file name without .md). */
              article: refs.articles,
              /** Id of the paragraph that discusses the event, e.g. `p-there-is-a-territorial`. */
              paragraph: slugId.optional(),
            })
            .strict(),
        )
        .default([]),
      /** Date of the last change of fact (YYYY-MM-DD), shown as "Updated". */
      updated: isoDay.optional(),
      /** Corrections, oldest first; each is listed on /corrections/. */
      corrections: correctionsField,
    })
    .strict()
    .superRefine((e, ctx) => {
      for (const p of correctionDateProblems(e)) ctx.addIssue({ code: 'custom', ...p });
      const expected = { year: 4, month: 7, day: 10 }[e.precision];
      if (e.date.length !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `date "${e.date}" does not match precision "${e.precision}"`,
        });
      }
      if (e.endDate && e.endDate < e.date) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate is before date' });
      }
    });
}

export function glossaryTermSchema<A extends z.ZodType, T extends z.ZodType, P extends z.ZodType>(refs: Refs<A, T, P>) {
  return z
    .object({
      /** The term as the site writes it. */
      term: z.string().min(2),
      /** Other names, spellings and scripts that mean the same thing. */
      aliases: z.array(z.string().min(2)).default([]),
      /** Short, neutral definition in plain text (one to three sentences). */
      definition: z.string().min(20),
      /** Sources for the definition. */
      sources: z.array(sourceSchema).min(1),
      /** Timeline events that illustrate the term. */
      events: z.array(refs.timeline).default([]),
      /** Articles that discuss the term. */
      articles: z.array(refs.articles).default([]),
      /** Place on the map that the term names, if any. */
      place: refs.places.optional(),
      /** Corrections, oldest first; each is listed on /corrections/. */
      corrections: correctionsField,
    })
    .strict();
}

/** A missile range as a source claims it, drawn as a ring on the islands map around the place that carries it. */
const claimedRangeSchema = z
  .object({
    /** The claimed range in km. */
    km: z.number().positive(),
    /** Who claims it, as the map's label says it: "according to Russia’s Defence Ministry". */
    claimedBy: z.string().min(2),
    /** What the caption adds: the ring is a claim, and what other sources give, each attributed. */
    caveat: z.string().min(20),
    /** Sources for the figure and for every figure in the caveat. */
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

/** The About page (content/about/about.md): its text is the body. */
export const aboutSchema = z
  .object({
    /** The page's heading and title. */
    title: z.string().min(5).max(160),
    /** One sentence for search results and previews. */
    description: z.string().min(20).max(320),
  })
  .strict();

export const placeSchema = z
  .object({
    /** Name as the site writes it: both names where they differ, e.g. "Iturup / Etorofu". */
    name: z.string().min(2),
    /** Russian name, romanised and in Cyrillic. */
    russian: z.object({ latin: z.string(), cyrillic: z.string() }).strict(),
    /** Japanese name, romanised and in Japanese script. */
    japanese: z.object({ latin: z.string(), script: z.string() }).strict(),
    /** Approximate centre, decimal degrees (north positive). */
    lat: z.number().min(-90).max(90),
    /** Approximate centre, decimal degrees (east positive). */
    lon: z.number().min(-180).max(180),
    /** True for the four islands whose sovereignty Japan and Russia dispute. */
    disputed: z.boolean(),
    /** Area as sources give it, in words (ranges allowed). */
    area: z.string().optional(),
    /** One or two sentences of context. */
    note: z.string().optional(),
    /** Sources for names, coordinates and area. */
    sources: z.array(sourceSchema).min(1),
    /** A claimed missile range drawn around this place on the islands map (at most one place has one). */
    claimedRange: claimedRangeSchema.optional(),
    /** Corrections, oldest first; each is listed on /corrections/. */
    corrections: correctionsField,
  })
  .strict();

/**
 * A topic page's introduction (content/topics/<topic>.md, the file named after
 * its topic): two or three sentences in the Markdown body, each fact with a
 * footnote citation, and the topic's landmark events.
 */
export function topicIntroSchema<T extends z.ZodType>(refs: Pick<Refs<z.ZodType, T, z.ZodType>, 'timeline'>) {
  return z
    .object({
      /** The page heading, if it should differ from the topic's name (a translation gives its own). */
      title: z.string().min(2).optional(),
      /** Three to six landmark events of the topic (timeline ids); the page lists them in date order. */
      keyEvents: z.array(refs.timeline).min(3).max(6),
    })
    .strict();
}
