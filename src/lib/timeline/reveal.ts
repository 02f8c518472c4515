/**
 * How far to zoom so an event's label shows: for deep links, which often land
 * in a dense cluster (2022) where the full view has no room for the label.
 */
import { axisDate } from '../dates';
import { layoutTimeline, type LayoutOptions, type TimelineEvent } from './layout';
import { baseScale, transformForDomain } from './scale';

/** Windows tried around the event, widest first, in days. */
const WINDOWS = [3000, 1000, 360, 120, 40, 14];

/**
 * The widest zoom (as a d3-zoom transform) around `event` at which its label
 * is placed, or the deepest allowed one; `shown` are the events drawn, `all`
 * the ones the scale is built from; `options` the layout's measure and groups.
 */
export function revealTransform(
  event: TimelineEvent,
  shown: readonly TimelineEvent[],
  all: readonly TimelineEvent[],
  width: number,
  maxZoom: number,
  options: Pick<LayoutOptions, 'measure' | 'groups' | 'lang'> = {},
): { k: number; x: number } | undefined {
  const base = baseScale(all, width);
  const centre = +axisDate(event.date, event.precision);
  for (const days of WINDOWS) {
    const domain: [Date, Date] = [new Date(centre - days * 432e5), new Date(centre + days * 432e5)];
    const t = transformForDomain(base, domain, width);
    const trial = layoutTimeline(shown, { ...options, width, transform: t, scaleEvents: all });
    if (t.k >= maxZoom || trial.events.find((e) => e.id === event.id)?.label) return { k: Math.min(t.k, maxZoom), x: t.x };
  }
  return undefined;
}
