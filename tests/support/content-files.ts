/**
 * The content as editors wrote it, read straight from content/ for tests
 * that need no Astro. Only the originals: the top-level files of a
 * collection (translations sit in its language folders, content/timeline/ja/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineEvent } from '../../src/lib/timeline/layout';

export interface ContentFile {
  /** The file name without its extension: the item's id. */
  id: string;
  /** The whole file, front matter and body. */
  text: string;
}

/** Every original item of `collection` (its top-level .md and .yaml files), in name order. */
export function contentFiles(collection: string): ContentFile[] {
  const dir = join('content', collection);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ id: name.replace(/\.(md|ya?ml)$/, ''), text: readFileSync(join(dir, name), 'utf8') }));
}

/** The site's timeline events with the fields the chart's layout takes, from each file's front matter. */
export function siteTimelineEvents(): TimelineEvent[] {
  return contentFiles('timeline').map(({ id, text }) => {
    const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, 'm').exec(text)?.[1];
    return {
      id,
      title: field('title')!,
      date: field('date')!,
      precision: field('precision') as TimelineEvent['precision'],
      endDate: field('endDate'),
      category: field('category') as TimelineEvent['category'],
      importance: Number(field('importance')) as 1 | 2 | 3,
    };
  });
}
