/**
 * A timeline view as URL parameters, for /timeline/ and its embed:
 * `from`, `to` (YYYY, YYYY-MM or YYYY-MM-DD), `category` (comma-separated),
 * `event` (an event id) and, for the embed, `theme`. Every value is checked
 * against an allowlist; a value that fails is dropped (the default applies)
 * and named in `ignored`, so a mistyped link still opens a timeline.
 */
import { isValidPartialDate, startOf } from '../dates';
import { CATEGORIES, type Category } from '../categories';

const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

export interface TimelineView {
  /** First instant of the range shown (UTC). */
  from?: Date;
  /** Last instant of the range shown (UTC, exclusive). */
  to?: Date;
  /** Categories shown; undefined means all. */
  categories?: Category[];
  /** The event whose details are open. */
  event?: string;
  theme?: Theme;
}

export interface ParsedView {
  view: TimelineView;
  /** Parameters that were present but not valid, e.g. "from=1993-13". */
  ignored: string[];
}

/** The end (exclusive) of the period a partial date names: 1993 → 1994-01-01, 1993-10 → 1993-11-01. */
export function endOf(value: string): Date {
  const start = startOf(value);
  if (value.length === 4) return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (value.length === 7) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + 86_400_000);
}

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);
const isTheme = (s: string): s is Theme => (THEMES as readonly string[]).includes(s);

export function parseViewParams(params: URLSearchParams, eventIds: ReadonlySet<string>): ParsedView {
  const view: TimelineView = {};
  const ignored: string[] = [];
  const note = (name: string) => ignored.push(`${name}=${params.get(name) ?? ''}`);

  const from = params.get('from');
  const to = params.get('to');
  const fromDate = from !== null && isValidPartialDate(from) ? startOf(from) : undefined;
  const toDate = to !== null && isValidPartialDate(to) ? endOf(to) : undefined;
  if (from !== null && !fromDate) note('from');
  if (to !== null && !toDate) note('to');
  if (fromDate && toDate && fromDate >= toDate) {
    note('from');
    note('to');
  } else {
    if (fromDate) view.from = fromDate;
    if (toDate) view.to = toDate;
  }

  const category = params.get('category');
  if (category !== null) {
    const wanted = category.split(',').map((s) => s.trim());
    const known = [...new Set(wanted.filter(isCategory))];
    if (known.length !== wanted.length) note('category');
    if (known.length > 0) view.categories = CATEGORIES.filter((c) => known.includes(c));
  }

  const event = params.get('event');
  if (event !== null) {
    if (eventIds.has(event)) view.event = event;
    else note('event');
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if (isTheme(theme)) view.theme = theme;
    else note('theme');
  }
  return { view, ignored };
}

/** A UTC day as YYYY-MM-DD. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The view as parameters, in a fixed order so equal views give equal URLs.
 * `to` is written as the last day shown (the parser reads it inclusively).
 */
export function viewToParams(view: TimelineView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.from) params.set('from', isoDay(view.from));
  if (view.to) params.set('to', isoDay(new Date(view.to.getTime() - 1)));
  if (view.categories && view.categories.length < CATEGORIES.length) params.set('category', view.categories.join(','));
  if (view.event) params.set('event', view.event);
  if (view.theme && view.theme !== 'auto') params.set('theme', view.theme);
  return params;
}

/** A query string ("?from=…") or "" for the default view. */
export function viewQuery(view: TimelineView): string {
  const q = viewToParams(view).toString();
  return q ? `?${q.replace(/%2C/g, ',')}` : '';
}
