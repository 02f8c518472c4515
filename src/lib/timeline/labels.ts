/**
 * Label text and label lanes. A label shows as much of its title as the free
 * space beside its mark allows: the whole title wherever it fits in some lane,
 * and a title cut at a word with "…" only where no lane has room for it all.
 */

/** Text width in px; the layout's measure (metrics.ts's table at build time, the real font in the browser). */
export type Measure = (text: string) => number;

/** An interval along the axis that a label (with its mark) takes in a lane. */
type Span = [number, number];

/** Fewest words a shortened label keeps: a word or two and "…" say too little to be worth the room. */
const MIN_WORDS = 3;

/** The title as it fits in `room` px: whole if it fits, else cut after a word with "…", or null when not even that fits. */
export function fitText(title: string, room: number, measure: Measure): string | null {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= room) return clean;
  const words = clean.split(' ');
  for (let n = words.length - 1; n >= MIN_WORDS; n--) {
    const text = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:–-]+$/, '')}…`;
    if (measure(text) <= room) return text;
  }
  return null;
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
