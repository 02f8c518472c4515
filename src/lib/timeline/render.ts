/**
 * The one function that draws the timeline. At build time it runs against
 * linkedom's document and the page ships the serialised SVG, complete
 * without JavaScript; in the browser the <timeline-chart> element calls it
 * again on the same SVG for every zoom, filter and resize. Elements are
 * joined by event id, so a redraw moves marks instead of replacing them and
 * keyboard focus survives it.
 */
import { select, type BaseType, type Selection } from 'd3-selection';
import { formatDate, formatRange } from '../i18n/dates';
import type { Language } from '../i18n/languages';
import { CATEGORY_LABELS, type Category } from './categories';
import {
  layoutTimeline,
  type EraBand,
  type LayoutOptions,
  type PlacedEvent,
  type PlacedGroup,
  type TimelineEvent,
  type TimelineLayout,
} from './layout';
import type { TimelineGroup } from './clusters';
import { RING_RADIUS } from './metrics';
import type { Tick } from './ticks';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface RenderOptions extends LayoutOptions {
  /** Existing SVG to update in place; a new one is created when absent. */
  svg?: Element | undefined;
  /** A layout already computed for these events and options (saves doing it twice). */
  layout?: TimelineLayout | undefined;
  /** Link target of an event's mark (its page), used when JavaScript is off. */
  href: (id: string) => string;
  /**
   * SVG path of an event's mark (categories.ts `symbolPath` at build time). Passed in so the browser,
   * which redraws marks the build already drew, can reuse their paths instead of shipping d3-shape.
   */
  markPath: (e: { id: string; category: PlacedEvent['category']; importance: PlacedEvent['importance'] }) => string;
  /** Where marks open their page: "_blank" in the embed, so a reader stays on the host's page. */
  linkTarget?: '_blank' | undefined;
  /** The one mark in the tab order (roving tabindex); the first event when absent. */
  activeId?: string | null | undefined;
  /** The event whose details are open. */
  selectedId?: string | null | undefined;
  /** Accessible name and description of the drawing. */
  title: string;
  description: string;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix?: string | undefined;
  /** The categories' names in `lang`, for the marks' accessible names. */
  categories?: Readonly<Record<Category, string>> | undefined;
}

/** What the page gives the browser's chart (TimelineChart.astro's JSON): the events, groups, and the words of the page's language. */
export interface ChartData extends Pick<RenderOptions, 'lang' | 'eras' | 'categories'> {
  events: TimelineEvent[];
  groups: TimelineGroup[];
}

/**
 * Accessible name of an event's mark: date, title, category; in `lang` with
 * `categories` its names of the categories (English by default).
 */
export function eventLabel(
  e: TimelineEvent,
  lang: Language = 'en',
  categories: Readonly<Record<Category, string>> = CATEGORY_LABELS,
): string {
  const when = e.endDate ? formatRange(lang, e.date, e.endDate) : formatDate(lang, e.date, e.precision);
  return lang === 'en' ? `${when}: ${e.title} (${categories[e.category]})` : `${when}：${e.title}（${categories[e.category]}）`;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A join key that also reads server-rendered elements: they carry no bound
 * datum until the browser's first redraw, so their key is in an attribute.
 */
function keyed<T>(key: (d: T) => string, attr: string) {
  return function (this: BaseType | T[], d: T | undefined): string {
    return d === undefined ? ((this as Element).getAttribute(attr) ?? '') : key(d);
  } as (this: BaseType | T[], d: T) => string;
}

function child<P extends BaseType>(parent: Selection<P, unknown, null, undefined>, tag: string, className: string) {
  const found = parent.selectChild<SVGElement>(`.${className}`);
  return found.empty() ? parent.append<SVGElement>(tag).attr('class', className) : found;
}

export function renderTimeline(document: Document, events: readonly TimelineEvent[], options: RenderOptions): SVGSVGElement {
  const layout = options.layout ?? layoutTimeline(events, options);
  const prefix = options.idPrefix ?? 'tl';
  const byId = new Map(events.map((e) => [e.id, e]));
  const activeId = options.activeId ?? layout.events[0]?.id ?? null;
  const { width, height, plot, axisY } = layout;

  const svgEl = (options.svg ?? document.createElementNS(SVG_NS, 'svg')) as SVGSVGElement;
  const svg = select(svgEl)
    .attr('class', 'tl-svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-labelledby', `${prefix}-title`)
    .attr('aria-describedby', `${prefix}-desc`)
    .attr('data-domain', `${isoDay(layout.domain[0])}/${isoDay(layout.domain[1])}`)
    .attr('data-zoom', layout.transform.k.toFixed(3));

  child(svg, 'title', 'tl-title').attr('id', `${prefix}-title`).text(options.title);
  child(svg, 'desc', 'tl-desc').attr('id', `${prefix}-desc`).text(options.description);
  const clip = child(child(svg, 'defs', 'tl-defs'), 'clipPath', 'tl-clip').attr('id', `${prefix}-clip`);
  child(clip, 'rect', 'tl-clip-rect')
    .attr('x', plot.left)
    .attr('y', 0)
    .attr('width', plot.right - plot.left)
    .attr('height', height);
  const clipUrl = `url(#${prefix}-clip)`;

  // Era bands and their labels.
  const erasG = child(svg, 'g', 'tl-eras').attr('aria-hidden', 'true');
  erasG
    .selectAll<SVGGElement, EraBand>('g.tl-era')
    .data(
      layout.eras,
      keyed<EraBand>((d) => d.id, 'data-id'),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-era');
      g.append('rect').attr('class', 'tl-era__band');
      g.append('text').attr('class', 'tl-era__label');
      return g;
    })
    .attr('data-id', (d) => d.id)
    .call((g) =>
      g
        .select('rect')
        .attr('x', (d) => d.x0)
        .attr('y', 0)
        .attr('width', (d) => d.x1 - d.x0)
        .attr('height', axisY),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.x0 + 4)
        .attr('y', 14)
        .text((d) => d.label),
    );

  // Axis: baseline, ticks, and the break where the compressed part ends.
  const axisG = child(svg, 'g', 'tl-axis').attr('aria-hidden', 'true');
  child(axisG, 'line', 'tl-axis__line').attr('x1', plot.left).attr('x2', plot.right).attr('y1', axisY).attr('y2', axisY);
  axisG
    .selectAll<SVGGElement, Tick>('g.tl-tick')
    .data(
      layout.ticks,
      keyed<Tick>((d) => d.date, 'data-date'),
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-tick');
      g.append('line').attr('y1', 0).attr('y2', 6);
      g.append('text').attr('y', 20).attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-date', (d) => d.date)
    .attr('data-kind', (d) => d.kind)
    .attr('transform', (d) => `translate(${d.x.toFixed(1)},${axisY})`)
    .call((g) => g.select('text').text((d) => d.label));
  const breakG = child(axisG, 'g', 'tl-break');
  if (layout.breakX === null) breakG.attr('display', 'none').attr('transform', null);
  else {
    breakG.attr('display', null).attr('transform', `translate(${layout.breakX.toFixed(1)},${axisY})`);
    child(breakG, 'rect', 'tl-break__gap').attr('x', -4).attr('y', -6).attr('width', 8).attr('height', 12);
    child(breakG, 'path', 'tl-break__mark').attr('d', 'M-6,5L-1,-5M1,5L6,-5');
  }

  // Events: one link per event, in chronological order (the keyboard order).
  // What never changes is set when an element enters; a redraw only moves
  // the link (children are placed relative to it) and updates its label,
  // which keeps a zoom step cheap with 1,000 events.
  const eventsG = child(svg, 'g', 'tl-events').attr('clip-path', clipUrl);
  eventsG
    .selectAll<SVGAElement, PlacedEvent>('a.tl-event')
    .data(
      layout.events,
      keyed<PlacedEvent>((d) => d.id, 'data-id'),
    )
    .join((enter) => {
      const a = enter
        .append('a')
        .attr('class', 'tl-event')
        .attr('data-id', (d) => d.id)
        .attr('data-category', (d) => d.category)
        .attr('href', (d) => options.href(d.id))
        .attr('target', options.linkTarget ?? null)
        .attr('rel', options.linkTarget ? 'noopener' : null)
        .attr('aria-label', (d) => {
          const e = byId.get(d.id);
          return e ? eventLabel(e, options.lang, options.categories) : d.id;
        });
      a.append('line').attr('class', 'tl-pin').attr('x1', 0).attr('x2', 0);
      a.append('line').attr('class', 'tl-span').attr('x1', 0).attr('y1', 0).attr('y2', 0);
      a.append('circle')
        .attr('class', 'tl-ring')
        .attr('r', RING_RADIUS - 1.5);
      a.append('path')
        .attr('class', 'tl-mark')
        .attr('d', (d) => options.markPath(d));
      a.append('text').attr('class', 'tl-label');
      return a;
    })
    .order()
    .attr('tabindex', (d) => (d.id === activeId ? 0 : -1))
    .attr('aria-current', (d) => (d.id === options.selectedId ? 'true' : null))
    .classed('is-selected', (d) => d.id === options.selectedId)
    .each(function (d) {
      // Zoomed in, most marks are off screen: take them out of rendering
      // altogether, except the one in the tab order, which must stay focusable.
      if (!d.inView && d.id !== activeId && d.id !== options.selectedId) {
        this.setAttribute('display', 'none');
        return;
      }
      this.removeAttribute('display');
      this.setAttribute('transform', `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`);
      const [pin, span, , , text] = this.children;
      // A pin on the axis shows where each event falls, wherever its mark sits.
      pin?.setAttribute('y1', (axisY - 5 - d.y).toFixed(1));
      pin?.setAttribute('y2', (axisY - d.y).toFixed(1));
      const spanLength = d.x1 - d.x;
      if (spanLength >= 2) {
        span?.setAttribute('x2', spanLength.toFixed(1));
        span?.removeAttribute('display');
      } else span?.setAttribute('display', 'none');
      if (!text) return;
      if (d.label) {
        text.setAttribute('x', (d.label.x - d.x).toFixed(1));
        text.setAttribute('y', (d.label.y - d.y).toFixed(1));
        text.setAttribute('text-anchor', d.label.anchor);
        text.removeAttribute('display');
        if (text.textContent !== d.label.text) text.textContent = d.label.text;
      } else text.setAttribute('display', 'none');
    });

  // Groups of crowded events: a bracket over their marks and one label. Without JavaScript the link goes to
  // the group's first event in the list below; the browser opens the group (zooms in) instead.
  child(svg, 'g', 'tl-groups')
    .attr('clip-path', clipUrl)
    .selectAll<SVGAElement, PlacedGroup>('a.tl-group')
    .data(
      layout.groups,
      keyed<PlacedGroup>((d) => d.id, 'data-id'),
    )
    .join((enter) => {
      const a = enter.append('a').attr('class', 'tl-group');
      a.append('rect').attr('class', 'tl-group__span').attr('y', -4).attr('height', 8).attr('rx', 4);
      a.append('text').attr('class', 'tl-label');
      return a;
    })
    .attr('data-id', (d) => d.id)
    .attr('href', (d) => `#${d.members[0]}`)
    .attr('aria-label', (d) => d.title)
    .attr('tabindex', (d) => (d.id === activeId ? 0 : -1))
    .attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
    .each(function (d) {
      const [rect, text] = this.children;
      rect?.setAttribute('x', String(-RING_RADIUS + 2));
      rect?.setAttribute('width', Math.max(8, d.x1 - d.x + 2 * RING_RADIUS - 4).toFixed(1));
      text?.setAttribute('x', (d.label.x - d.x).toFixed(1));
      text?.setAttribute('y', (d.label.y - d.y).toFixed(1));
      text?.setAttribute('text-anchor', d.label.anchor);
      if (text) text.textContent = d.label.text;
    });

  return svgEl;
}

/**
 * The shapes of the marks an SVG already has, by event id: the browser's
 * `markPath`, since the build drew every event (see RenderOptions.markPath).
 */
export function drawnMarkPaths(svg: Element): (e: { id: string }) => string {
  const paths = new Map(
    [...svg.querySelectorAll('a.tl-event')].map(
      (a) => [a.getAttribute('data-id') ?? '', a.querySelector('.tl-mark')?.getAttribute('d') ?? ''] as const,
    ),
  );
  return (e) => paths.get(e.id) ?? '';
}
