/**
 * The public record of corrections: the front-matter field every collection
 * shares, the rules that keep it consistent with an item's own dates, and the
 * site-wide log that /corrections/ and its feed are built from.
 *
 * Kept free of Astro's virtual modules so unit tests can run it directly.
 */
import { z } from 'astro/zod';
import { isoDay } from './content-schema';

/** One change of fact, as the reader sees it on the item and in the log. */
const correctionSchema = z
  .object({
    /** Date the correction was made (YYYY-MM-DD). */
    date: isoDay,
    /** What was wrong, what it says now, and on what source. */
    text: z.string().min(10),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

/** The `corrections:` front-matter field: oldest first, as they were made. */
export const correctionsField = z.array(correctionSchema).default([]);

/** The date of the newest correction, or undefined when there is none. */
export function latestCorrection(corrections: readonly Correction[]): string | undefined {
  return corrections.reduce<string | undefined>((latest, c) => (!latest || c.date > latest ? c.date : latest), undefined);
}

/**
 * The "Corrected" date an item's page shows: its newest correction made after
 * first publication. Notes dated on the publication day itself describe how
 * the item was first published, not a later correction.
 */
export function correctedOn(corrections: readonly Correction[], published?: string): string | undefined {
  return latestCorrection(published ? corrections.filter((c) => c.date > published) : corrections);
}

/**
 * Problems with an item's corrections against its own dates, as
 * { path, message } pairs for a schema's superRefine. A correction cannot be
 * older than the item's publication, and a stated `updated` date that is
 * older than the newest correction would tell the reader the page has not
 * changed since, which is false.
 */
export function correctionDateProblems(item: {
  published?: string | undefined;
  updated?: string | undefined;
  corrections: readonly Correction[];
}): Array<{ path: (string | number)[]; message: string }> {
  const problems: Array<{ path: (string | number)[]; message: string }> = [];
  item.corrections.forEach((c, i) => {
    if (item.published && c.date < item.published) {
      problems.push({ path: ['corrections', i, 'date'], message: `correction dated ${c.date} is before publication (${item.published})` });
    }
  });
  const latest = latestCorrection(item.corrections);
  if (item.updated && latest && item.updated < latest) {
    problems.push({ path: ['updated'], message: `updated (${item.updated}) is earlier than the latest correction (${latest})` });
  }
  return problems;
}

/** What kind of item a correction belongs to, as the log names it. */
export type CorrectedKind = 'article' | 'event' | 'glossary' | 'place';

export const KIND_NAMES: Record<CorrectedKind, string> = {
  article: 'Article',
  event: 'Timeline event',
  glossary: 'Glossary term',
  place: 'Place',
};

/** An item of content with its corrections, as the pages hand it to the log. */
export interface CorrectedItem {
  kind: CorrectedKind;
  /** The item's id (file name); with the kind it is unique across the site. */
  id: string;
  title: string;
  /** Root-relative address of the item's page, e.g. "/timeline/x/". */
  href: string;
  /** First publication on this site, where the item has one (articles). */
  published?: string | undefined;
  corrections: readonly Correction[];
}

/** One line of the log. */
export interface LogEntry {
  /** Element id on /corrections/, stable while the item's corrections keep their order. */
  anchor: string;
  date: string;
  kind: CorrectedKind;
  id: string;
  title: string;
  href: string;
  text: string;
}

const KIND_ORDER: readonly CorrectedKind[] = ['article', 'event', 'glossary', 'place'];

/**
 * Every correction across the site, newest first. On one day, entries follow
 * the kind (articles, events, glossary, places), then the title, then the
 * order in the item, so the page does not reshuffle between builds.
 *
 * Notes dated on or before an item's publication day are left out: they
 * describe how a republished text was edited for first publication, not a
 * change after readers had seen it, and they stay on the item's own page.
 */
export function correctionsLog(items: readonly CorrectedItem[]): LogEntry[] {
  const entries = items.flatMap((item) =>
    item.corrections
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => !item.published || c.date > item.published)
      .map(({ c, i }) => ({
        anchor: `${item.kind}-${item.id}-${i + 1}`,
        date: c.date,
        kind: item.kind,
        id: item.id,
        title: item.title,
        href: item.href,
        text: c.text,
        order: i,
      })),
  );
  entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.title.localeCompare(b.title) ||
      a.order - b.order,
  );
  return entries.map(({ order: _order, ...entry }) => entry);
}
