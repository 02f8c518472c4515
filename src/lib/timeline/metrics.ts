/** Sizes of the timeline drawing in px, shared by the scale, the ticks and the placement of marks and labels. */

export const MARGIN = { left: 12, right: 12, top: 26 };
export const LANE_HEIGHT = 20;
export const DEFAULT_LANES = 7;
export const MARK_ROW = 14;
export const MARK_ROWS = 3;
const AXIS_HEIGHT = 34;
export const FONT_SIZE = 12;
/** Estimated average glyph width for 12 px UI text, on the generous side so estimates err towards space. */
const CHAR_WIDTH = 0.6 * FONT_SIZE;
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

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

export function layoutHeight(lanes = DEFAULT_LANES): number {
  return MARGIN.top + lanes * LANE_HEIGHT + MARK_ROWS * MARK_ROW + AXIS_HEIGHT;
}
