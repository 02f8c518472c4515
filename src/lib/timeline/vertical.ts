/**
 * The timeline for phones: time runs down the page, marks on a vertical axis,
 * labels beside them. Built from the same parts as the wide chart (the broken
 * time scale, the ticks, the label text fitting, the groups and the label
 * order), at build time only: it reads without JavaScript, and the category
 * filters only hide marks. Pure, so it is unit-tested like layout.ts.
 */
import { axisDate } from '../dates';
import type { Language } from '../i18n/languages';
import { crowded, groupLabel, type TimelineGroup } from './clusters';
import { ERAS } from './eras';
import type { TimelineEvent } from './layout';
import { breakUnits, firstWord, fitText, joinUnits, type Measure, type Unit } from './labels';
import { textWidth } from './metrics';
import { SCALE_BREAK, baseScale, eventTimes } from './scale';
import { axisTicks, type Tick } from './ticks';

const AXIS_X = 50;
const LABEL_X = AXIS_X + 16;
const LINE = 15;
const MAX_LINES = 3;
/** How far a label may sit from its mark (a leader line joins them). */
const MAX_SHIFT = 100;
const GAP = 4;

interface VerticalLabel {
  lines: string[];
  /** Top of the first line's box. */
  y: number;
}

export interface VerticalMark {
  /** An event id, or `group-` and a group's id. */
  id: string;
  y: number;
  /** The end of a multi-day event. */
  y1: number;
  label: VerticalLabel | null;
  event?: TimelineEvent;
  /** For a group: its whole label and its events. */
  group?: { title: string; members: string[] };
}

export interface VerticalLayout {
  width: number;
  height: number;
  axisX: number;
  labelX: number;
  ticks: Tick[];
  /** Era bands (unlabelled here: labels beside the marks need the width). */
  eras: Array<{ id: string; y0: number; y1: number }>;
  breakY: number | null;
  marks: VerticalMark[];
}

/** The words of `text` (and its wide characters, ./labels) in lines of at most `width` px; past `maxLines`, the last line is shortened with "…". */
export function wrapText(text: string, width: number, maxLines: number, measure: Measure): string[] {
  const lines: Unit[][] = [];
  for (const unit of breakUnits(text)) {
    const last = lines.at(-1);
    if (last && measure(joinUnits([...last, unit])) <= width) last.push(unit);
    else lines.push([unit]);
  }
  if (lines.length <= maxLines) return lines.map(joinUnits);
  const rest = lines.slice(maxLines - 1).flat();
  return [...lines.slice(0, maxLines - 1).map(joinUnits), fitText(joinUnits(rest), width, measure) ?? firstWord(joinUnits(rest))];
}

/** Finds a free band of `h` px nearest `want` (within MAX_SHIFT) among the taken bands, and takes it. */
function freeBand(taken: Array<[number, number]>, want: number, h: number, top: number, bottom: number): number | null {
  for (let shift = 0; shift <= MAX_SHIFT; shift += 2) {
    for (const y of shift ? [want + shift, want - shift] : [want]) {
      if (y < top || y + h > bottom) continue;
      if (taken.some(([a, b]) => y < b + GAP && a < y + h + GAP)) continue;
      taken.push([y, y + h]);
      return y;
    }
  }
  return null;
}

export function layoutVertical(
  events: readonly TimelineEvent[],
  options: { width: number; height: number; groups?: readonly TimelineGroup[]; measure?: Measure; lang?: Language },
): VerticalLayout {
  const { width, height } = options;
  const measure = options.measure ?? textWidth;
  const scale = baseScale(events, height);
  const [top, bottom] = [scale.range()[0]!, scale.range().at(-1)!];
  const marks: VerticalMark[] = events
    .map((e) => ({ id: e.id, y: scale(eventTimes(e)[0]), y1: scale(eventTimes(e)[1]), label: null, event: e }))
    .sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  const byId = new Map(marks.map((m) => [m.id, m]));

  const grouped = new Set<string>();
  const groupMarks: VerticalMark[] = [];
  for (const g of options.groups ?? []) {
    const members = g.events.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.y - b.y);
    if (members.length < 2 || !crowded(members.map((m) => m.y))) continue;
    const first = members[0]!;
    const last = members.at(-1)!;
    const [from, to] = [eventTimes(first.event!)[0], eventTimes(last.event!)[1]];
    const summary = members.length === g.events.length ? g.summary : null;
    const title = groupLabel(new Date(from), new Date(to), summary, members.length, options.lang);
    for (const m of members) if (m.event!.importance < 3) grouped.add(m.id);
    groupMarks.push({ id: `group-${g.id}`, y: first.y, y1: last.y1, label: null, group: { title, members: members.map((m) => m.id) } });
  }

  // The wide chart's order: landmarks, groups, then by importance; within each, after 1990 first.
  const rank = (m: VerticalMark) => (m.group ? 2.5 : m.event!.importance);
  const recent = (m: VerticalMark) => (m.event && +axisDate(m.event.date, m.event.precision) < +SCALE_BREAK ? 0 : 1);
  const order = [...marks.filter((m) => !grouped.has(m.id)), ...groupMarks].sort(
    (a, b) => rank(b) - rank(a) || recent(b) - recent(a) || a.y - b.y,
  );
  const taken: Array<[number, number]> = [];
  const room = width - LABEL_X - 4;
  for (const m of order) {
    // Landmarks are set in bold, about a tenth wider than the measure's regular weight.
    const bold = m.event?.importance === 3 ? 1.12 : 1;
    const lines = wrapText(m.group?.title ?? m.event!.title, room / bold, MAX_LINES, measure);
    const h = lines.length * LINE;
    const y = freeBand(taken, m.y - LINE / 2, h, top - 10, bottom + 10);
    if (y !== null) m.label = { lines, y };
  }

  const eras = ERAS.flatMap((era) => {
    const y0 = Math.max(0, era.start ? scale(axisDate(era.start, 'day')) : 0);
    const y1 = Math.min(height, era.end ? scale(axisDate(era.end, 'day')) : height);
    return y1 - y0 < 1 ? [] : [{ id: era.id, y0, y1 }];
  });
  return {
    width,
    height,
    axisX: AXIS_X,
    labelX: LABEL_X,
    // Tick labels sit beside a vertical axis: along it they take a line's height, not their width.
    ticks: axisTicks(scale, 0, height, () => LINE, options.lang),
    eras,
    breakY: scale.domain().length > 2 ? scale(SCALE_BREAK) : null,
    marks: [...marks, ...groupMarks].sort((a, b) => a.y - b.y),
  };
}
