/**
 * Label text and label lanes. A label shows as much of its title as the free
 * space beside its mark allows: the whole title wherever it fits in some lane,
 * and a title cut at a word with "…" only where no lane has room for it all.
 */

import { isWide } from './metrics';

/** Text width in px; the layout's measure (metrics.ts's table at build time, the real font in the browser). */
export type Measure = (text: string) => number;

/** An interval along the axis that a label (with its mark) takes in a lane. */
type Span = [number, number];

/** Fewest words a shortened label keeps: a word or two and "…" say too little to be worth the room. */
const MIN_WORDS = 3;

/** Where a line may break or a label be cut: between words, and between any two wide characters (Japanese has no spaces). */
export interface Unit {
  text: string;
  /** A space comes before it. */
  space: boolean;
  wide: boolean;
}

/** Punctuation that stays with the character after it (opening) or before it (closing), so no line starts with 、 or ends with 「. */
const OPENING = '「『（〔［【〈《';
const CLOSING = '」』）〕］】〉》、。，．・：；！？ー～';

/** `text` in the pieces a label may be cut or wrapped between: words, and each wide character with its punctuation. */
export function breakUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let space = false;
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (ch === ' ') {
      space = true;
      continue;
    }
    const wide = isWide(ch);
    const last = units.at(-1);
    const joins = last && !space && (CLOSING.includes(ch) || OPENING.includes(last.text.at(-1) ?? '') || (!wide && !last.wide));
    if (last && joins) {
      last.text += ch;
      last.wide ||= wide;
    } else units.push({ text: ch, space, wide });
    space = false;
  }
  return units;
}

/** The units as text, with their spaces. */
export const joinUnits = (units: readonly Unit[]): string => units.map((u, i) => (i && u.space ? ' ' : '') + u.text).join('');

/** Punctuation a cut may follow: what screen readers and axe treat as the end of a word in Japanese. */
const ENDS_WORD = '」』）〕］】〉》、。，．・：；！？～';

/**
 * True where a label may be cut before `units[n]`: at a space, or in Japanese after punctuation or before an opening
 * bracket. Never inside a run of kana and kanji: the cut text would end in part of a word, and a link's visible
 * text must be whole words of its accessible name (WCAG 2.5.3).
 */
function cutsBefore(units: readonly Unit[], n: number): boolean {
  const unit = units[n];
  return !!unit && (unit.space || ENDS_WORD.includes(units[n - 1]?.text.at(-1) ?? '') || OPENING.includes(unit.text[0] ?? ''));
}

const shortened = (units: readonly Unit[]) => `${joinUnits(units).replace(/[\s,;:–\-、，・：]+$/, '')}…`;

/** The title as it fits in `room` px: whole if it fits, else cut after a word with "…", or null when not even that fits. */
export function fitText(title: string, room: number, measure: Measure): string | null {
  const units = breakUnits(title);
  const clean = joinUnits(units);
  if (measure(clean) <= room) return clean;
  // A wide character says about half a word, so a cut Japanese title keeps at least six of them.
  let words = 0;
  const kept = units.map((u) => (words += u.wide ? 0.5 : 1));
  for (let n = units.length - 1; n > 0 && kept[n - 1]! >= MIN_WORDS; n--) {
    if (!cutsBefore(units, n)) continue;
    const text = shortened(units.slice(0, n));
    if (measure(text) <= room) return text;
  }
  return null;
}

/** The title's first word (up to its first cut) with "…", or all of it when it has no cut: the phone chart's last resort. */
export function firstWord(title: string): string {
  const units = breakUnits(title);
  const n = units.findIndex((_, i) => i > 0 && cutsBefore(units, i));
  return n === -1 ? joinUnits(units) : shortened(units.slice(0, n));
}

export interface LaneSlot {
  lane: number;
  anchor: 'start' | 'end';
  /** Where the text is anchored. */
  tx: number;
  text: string;
  /** The span taken in the lane: mark, gap and text. */
  x0: number;
  x1: number;
}

/**
 * Label lanes: each lane holds the spans already taken. `place` finds, for a
 * mark from x to x1 (clear of a ring of radius `ring`), the lowest lane and
 * side where the whole title fits, or else (when `shorten`) the lane and side
 * with the most room for a shortened one, and takes that span.
 */
export function labelLanes(lanes: number, left: number, right: number, gap: number, measure: Measure) {
  const taken: Span[][] = Array.from({ length: lanes }, () => []);

  /** Room for text after the mark (anchor start at tx) or before it (anchor end at tx), in one lane. */
  function room(spans: Span[], anchor: 'start' | 'end', x: number, end: number, ring: number): { tx: number; room: number } {
    if (anchor === 'start') {
      const x0 = x - ring;
      const tx = end + ring + 1;
      let limit = right;
      for (const [a, b] of spans) if (b + gap > x0) limit = Math.min(limit, a - gap);
      return { tx, room: x0 < left ? -1 : limit - tx - 2 };
    }
    const x1 = end + ring;
    const tx = x - ring - 1;
    let limit = left;
    for (const [a, b] of spans) if (a - gap < x1) limit = Math.max(limit, b + gap);
    return { tx, room: x1 > right ? -1 : tx - 2 - limit };
  }

  return {
    place(title: string, x: number, x1: number, ring: number, shorten: boolean): LaneSlot | null {
      const end = Math.max(x, x1);
      const whole = measure(title);
      let best: { lane: number; anchor: 'start' | 'end'; tx: number; room: number } | null = null;
      search: for (let lane = 0; lane < lanes; lane++) {
        for (const anchor of ['start', 'end'] as const) {
          const r = room(taken[lane]!, anchor, x, end, ring);
          if (!best || r.room > best.room) best = { lane, anchor, ...r };
          if (r.room >= whole) {
            best = { lane, anchor, ...r };
            break search;
          }
        }
      }
      if (!best || best.room <= 0 || (!shorten && best.room < whole)) return null;
      const text = fitText(title, best.room, measure);
      if (text === null) return null;
      const width = measure(text);
      const span: Span = best.anchor === 'start' ? [x - ring, best.tx + width + 2] : [best.tx - width - 2, end + ring];
      taken[best.lane]!.push(span);
      return { lane: best.lane, anchor: best.anchor, tx: best.tx, text, x0: span[0], x1: span[1] };
    },
  };
}
