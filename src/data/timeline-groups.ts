/**
 * The timeline's groups of crowded events (content/timeline-groups.yaml, see
 * src/lib/timeline/clusters.ts), read once and checked: a group that names an
 * event that does not exist, or an event in two groups, fails the build with
 * the file and the group named. No file, no groups (the content-error fixtures have none).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { CONTENT_DIR } from './content-dir';
import type { Language } from '../lib/i18n/languages';
import type { TimelineGroup } from '../lib/timeline/clusters';

const groupsSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
      summary: z.string().trim().min(3).max(60),
      // The Japanese edition's summary: every group has one, so no English is left on the Japanese chart.
      ja: z.object({ summary: z.string().trim().min(2).max(40) }).strict(),
      events: z.array(z.string()).min(2),
    })
    .strict(),
);

/** A group as the editors write it: its summary in English and in each translation language. */
export type EditorsGroup = z.infer<typeof groupsSchema>[number];

/** The groups as the chart in `lang` draws them: each summary in that language. */
export function groupsIn(lang: Language, groups: readonly EditorsGroup[]): TimelineGroup[] {
  return groups.map((g) => ({ id: g.id, summary: lang === 'en' ? g.summary : g[lang].summary, events: g.events }));
}

export function loadTimelineGroups(eventIds: ReadonlySet<string>, file = resolve(CONTENT_DIR, 'timeline-groups.yaml')): EditorsGroup[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const result = groupsSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(the file)'}: ${i.message}`).join('\n'));
  }
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  for (const g of result.data) {
    if (ids.has(g.id)) problems.push(`${file}: group "${g.id}" is defined twice`);
    ids.add(g.id);
    for (const id of g.events) {
      if (!eventIds.has(id)) problems.push(`${file}: group "${g.id}" names "${id}", which is not a timeline event`);
      const other = seen.get(id);
      if (other) problems.push(`${file}: "${id}" is in two groups, "${other}" and "${g.id}"`);
      seen.set(id, g.id);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return result.data;
}
