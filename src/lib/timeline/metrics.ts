/** Sizes of the timeline drawing in px, shared by the scale, the ticks and the placement of marks and labels. */

export const MARGIN = { left: 12, right: 12, top: 26 };
export const LANE_HEIGHT = 18;
export const DEFAULT_LANES = 13;
export const MARK_ROW = 14;
export const MARK_ROWS = 3;
const AXIS_HEIGHT = 34;
export const FONT_SIZE = 12;
/** Half the largest symbol's width. */
const MARK_RADIUS = 7;
/** Outer radius of the ring drawn round a focused or selected mark. */
export const RING_RADIUS = MARK_RADIUS + 3;
/** Space between the plot edge and the first or last event at the full view. */
export const PLOT_INSET = RING_RADIUS + 2;
/** Minimum gap between labels, and between marks in one row. */
export const LABEL_GAP = 8;
export const MARK_GAP = 12;
export const TICK_SPACING = 84;

/**
 * Advance widths of the printable ASCII characters (space to ~), in hundredths of an em: per character the wider
 * of DejaVu Sans (what system-ui is on most Linux desktops, and the widest face in --font-ui) and Arial / Liberation
 * Sans. Segoe UI, San Francisco and Roboto are narrower, so a label sized with these widths fits wherever the stack
 * lands. The build has no DOM to measure in; the browser measures the real font instead (see LayoutOptions.measure).
 */
// prettier-ignore
const ASCII = [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,56,102,68,69,72,77,67,
  61,78,75,29,50,67,56,86,75,79,67,79,72,67,61,73,68,99,69,67,69,39,34,39,84,56,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,
  41,52,39,63,59,82,59,59,52,64,34,64,84,56];
/** Typographic punctuation used in titles (en dash and quotes as the ASCII ones they resemble, ellipsis and em dash wide). */
const OTHER: Record<string, number> = { '–': 50, '—': 100, '…': 100, '’': 32, '‘': 32, '“': 52, '”': 52, '·': 32 };

/** Kana, kanji, hangul and the full-width forms and punctuation (、「」（）～): set a full em wide in every font. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** True for a character drawn a full em wide (see WIDE). */
export const isWide = (ch: string): boolean => WIDE.test(ch);

/**
 * Width in px of `text` in 12 px UI type, from the table above: wide characters a full em, any other
 * character as 0.7 em (wider than most letters).
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ASCII[ch.charCodeAt(0) - 32] ?? OTHER[ch] ?? (isWide(ch) ? 100 : 70);
  return (w * FONT_SIZE) / 100;
}

export function layoutHeight(lanes = DEFAULT_LANES): number {
  return MARGIN.top + lanes * LANE_HEIGHT + MARK_ROWS * MARK_ROW + AXIS_HEIGHT;
}
