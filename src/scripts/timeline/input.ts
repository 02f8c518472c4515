/**
 * The chart's keys and clicks. The chart is one tab stop (roving tabindex): arrows, Home and End move through
 * the events and groups in `order`; Enter opens an event's details or a group, Escape closes the details; a click
 * does the same instead of following the mark's link (the no-JavaScript path).
 */
import { keyCommand, moveIndex } from './keyboard';

export interface ChartActions {
  order(): readonly string[];
  focus(id: string): void;
  open(id: string, options: { moveFocus: boolean }): void;
  openGroup(id: string): void;
  /** Closes the details; false when they were not open. */
  close(): boolean;
  zoom(command: 'in' | 'out' | 'reset', around: string): void;
}

export function chartInput(svg: SVGSVGElement, chart: ChartActions): void {
  svg.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest('a[data-id]');
    const command = keyCommand(event);
    if (!mark || !command) return;
    const id = mark.getAttribute('data-id') ?? '';
    const ids = chart.order();
    if ('move' in command) chart.focus(ids[moveIndex(command.move, ids.indexOf(id), ids.length)]!);
    else if ('open' in command) {
      if (mark.matches('.tl-group')) chart.openGroup(id);
      else chart.open(id, { moveFocus: true });
    } else if ('close' in command) {
      if (!chart.close()) return;
    } else chart.zoom(command.zoom, id);
    event.preventDefault();
  });

  svg.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest('a[data-id]');
    if (!mark) return;
    event.preventDefault();
    const id = mark.getAttribute('data-id') ?? '';
    if (mark.matches('.tl-group')) chart.openGroup(id);
    else chart.open(id, { moveFocus: false });
  });
}
