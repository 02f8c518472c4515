/**
 * The chart's keys: the chart is one tab stop (a roving tabindex), and these
 * move between events, open and close the details panel, and zoom.
 */
export type KeyCommand =
  { move: 'next' | 'previous' | 'first' | 'last' } | { open: true } | { close: true } | { zoom: 'in' | 'out' | 'reset' };

const COMMANDS: Readonly<Record<string, KeyCommand>> = {
  ArrowRight: { move: 'next' },
  ArrowDown: { move: 'next' },
  ArrowLeft: { move: 'previous' },
  ArrowUp: { move: 'previous' },
  Home: { move: 'first' },
  End: { move: 'last' },
  Enter: { open: true },
  ' ': { open: true },
  Escape: { close: true },
  '+': { zoom: 'in' },
  '=': { zoom: 'in' },
  '-': { zoom: 'out' },
  '0': { zoom: 'reset' },
};

/** What a key press on a mark does, or undefined to leave it to the browser (modifier keys too). */
export function keyCommand(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): KeyCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return Object.hasOwn(COMMANDS, event.key) ? COMMANDS[event.key] : undefined;
}

/** The index a move lands on, kept inside the list of `count` events. */
export function moveIndex(move: 'next' | 'previous' | 'first' | 'last', from: number, count: number): number {
  const to = { next: from + 1, previous: from - 1, first: 0, last: count - 1 }[move];
  return Math.max(0, Math.min(count - 1, to));
}
