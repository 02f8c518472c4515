/**
 * An event entry as a reusable data record (see export.ts): its fields, and
 * its account as plain text, read from the rendered HTML.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Element } from 'hast';
import type { EventRecord } from './export';
import type { Source } from '../content-schema';
import type { TimelineEvent } from './layout';

export interface EventRecordInput {
  id: string;
  /** The chart's fields, and the topics and sources the downloads add. */
  data: Omit<TimelineEvent, 'id'> & { topics: readonly string[]; sources: readonly Source[] };
  html: string;
}

/**
 * The account's paragraphs as text, as a reader sees them: the map figure and
 * other embedded parts are not the account, nor is text that is hidden (the
 * glossary pop-ups) or only for screen readers ("(external link)").
 */
export function accountText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !(node.properties['hidden'] || hasClass(node, 'visually-hidden'))) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const paragraphs = tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
  return paragraphs
    .map((p) => toString(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function hasClass(el: Element, name: string): boolean {
  const cls = el.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
}

export function eventRecord(entry: EventRecordInput, url: string): EventRecord {
  const { title, date, precision, endDate, category, importance, topics, sources } = entry.data;
  return {
    id: entry.id,
    date,
    precision,
    ...(endDate ? { endDate } : {}),
    title,
    category,
    importance,
    topics: [...topics],
    summary: accountText(entry.html),
    sources: sources.map((s) => ({ ...s })),
    url,
  };
}
