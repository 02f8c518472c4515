/**
 * Groups of events that crowd together (the sanctions of February–March 2022),
 * drawn as one labelled mark while their marks are too close to label one by
 * one. The editors name the events and say what they are
 * (content/timeline-groups.yaml); the dates and the count come from the events
 * themselves, so the label always matches what it groups.
 */
import { monthAbbr } from '../dates';
import { formatRange } from '../i18n/dates';
import type { Language } from '../i18n/languages';

export interface TimelineGroup {
  id: string;
  /** What the events are, in a few words ("sanctions, talks halted"), in the page's language. */
  summary: string;
  /** Ids of the events in the group. */
  events: readonly string[];
}

/** A group opens into its events once they are, on average, this far apart (px): room for a label each. */
export const GROUP_SPACING = 24;

const month = monthAbbr;
const monthYear = (d: Date) => `${monthAbbr(d)} ${d.getUTCFullYear()}`;

/** The months a group covers: "Feb 2022", "Feb–Mar 2022", "Dec 2022–Jan 2023"; 2022年2月～3月 in Japanese. */
export function groupRange(first: Date, last: Date, lang: Language = 'en'): string {
  if (lang !== 'en') return formatRange(lang, first.toISOString().slice(0, 7), last.toISOString().slice(0, 7));
  const a = monthYear(first);
  const b = monthYear(last);
  if (a === b) return a;
  return first.getUTCFullYear() === last.getUTCFullYear() ? `${month(first)}–${b}` : `${a}–${b}`;
}

/**
 * The group's label: its months, the editors' summary when every one of its
 * events is shown (filters may hide some, and the summary would then say too
 * much), and how many events it holds.
 */
export function groupLabel(first: Date, last: Date, summary: string | null, count: number, lang: Language = 'en'): string {
  if (lang !== 'en') return `${groupRange(first, last, lang)}${summary ? `：${summary}` : ''} · ${count}件`;
  return `${groupRange(first, last)}${summary ? `: ${summary}` : ''} · ${count} event${count === 1 ? '' : 's'}`;
}

/** True while marks at these x positions are too close together to label one by one. */
export function crowded(xs: readonly number[]): boolean {
  return xs.length > 1 && Math.max(...xs) - Math.min(...xs) < xs.length * GROUP_SPACING;
}
