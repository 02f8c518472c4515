/**
 * The interactive timeline, loaded lazily by <timeline-chart>: redraws the server-rendered SVG with the same renderTimeline()
 * on zoom (d3-zoom, animated by d3-transition), filter and resize; one-tab-stop keys, details panel, #event-id links, view events.
 */
import 'd3-transition';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { layoutTimeline, type TimelineLayout } from '../lib/timeline/layout';
import { layoutHeight } from '../lib/timeline/metrics';
import { baseScale, transformForDomain } from '../lib/timeline/scale';
import { drawnMarkPaths, renderTimeline, type ChartData } from '../lib/timeline/render';
import { CATEGORIES } from '../lib/categories';
import type { TimelineView } from '../lib/timeline/view-params';
import { chartInput } from './timeline/input';
import { detailsPanel, eventIdFromHash } from './timeline/panel';
import { viewEvents } from './timeline/view-events';
import { measureIn } from './timeline/measure';
import { revealTransform } from '../lib/timeline/reveal';

/** Deep enough to spread single days apart across the whole modern part of the axis; EDGE: keep a focused mark this far inside the plot. */
const MAX_ZOOM = 5000;
const EDGE = 24;
const ANIMATION_MS = 200;
const ZOOM_SETTLE_MS = 250; // A zoom counts as done, and goes into the URL, after this long without another step.

export function enhanceTimeline(host: HTMLElement): void {
  const svg = host.querySelector<SVGSVGElement>('svg.tl-svg');
  const canvas = host.querySelector<HTMLElement>('.tl__canvas');
  const dataScript = host.querySelector('.tl__data');
  const panel = host.querySelector<HTMLElement>('.tl__panel');
  const panelBody = panel?.querySelector<HTMLElement>('.tl__panel-body');
  const toolbar = host.querySelector<HTMLElement>('.tl__toolbar');
  if (!svg || !canvas || !dataScript || !panel || !panelBody || !toolbar) return;
  const svgEl: SVGSVGElement = svg;

  // With the events, the page's language, its era labels and category names (TimelineChart.astro): the words of each redraw.
  const { events, groups, ...words } = JSON.parse(dataScript.textContent ?? '{}') as ChartData;
  const measure = measureIn(svg);
  const markPath = drawnMarkPaths(svg);
  const byId = new Map(events.map((e) => [e.id, e]));
  const hrefBase = host.dataset['hrefBase'] ?? '/timeline/';
  const href = (id: string) => `${hrefBase}${id}/`;
  const linkTarget = host.dataset['linkTarget'] === '_blank' ? '_blank' : undefined;
  // Where timeline-view.ts owns the URL (?event=…), the panel leaves the #hash alone.
  const ownsHash = host.dataset['viewUrl'] !== 'write';
  const title = svg.querySelector('title')?.textContent ?? '';
  const description = svg.querySelector('desc')?.textContent ?? '';
  const fit = { groups, measure, ...words };
  const text = { title, description, ...words };
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const svgSel = select<SVGSVGElement, unknown>(svg);
  const details = detailsPanel(panel, panelBody, reducedMotion, {
    writeHash: ownsHash,
    keepInView: canvas,
    onClose: () => closePanel({ returnFocus: true }),
  });
  const empty = host.querySelector<HTMLElement>('.tl__empty');
  const breakNote = host.querySelector<HTMLElement>('.tl__break-note');
  const views = viewEvents(host, { current: currentView, apply: applyView });

  const hidden = new Set<string>();
  let width = Math.max(320, Math.round(canvas.clientWidth));
  let transform: ZoomTransform = zoomIdentity;
  let activeId: string | null = events[0]?.id ?? null;
  let selectedId: string | null = null;
  let layout: TimelineLayout;
  let frame = 0;

  const visible = () => events.filter((e) => !hidden.has(e.category));

  function draw() {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    const shown = visible();
    layout = layoutTimeline(shown, { width, transform: { k: transform.k, x: transform.x }, scaleEvents: events, ...fit });
    renderTimeline(document, shown, { svg: svgEl, width, layout, href, markPath, linkTarget, activeId, selectedId, ...text });
    if (empty) empty.hidden = shown.length > 0;
    if (breakNote) breakNote.hidden = layout.breakX === null;
  }

  function scheduleDraw() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  const markFor = (id: string) => svg.querySelector<SVGAElement>(`a[data-id="${CSS.escape(id)}"]`);
  const placedOf = (id: string | null) => layout.events.find((e) => e.id === id) ?? layout.groups.find((g) => g.id === id);

  // Zoom: d3-zoom owns the transform; every change redraws (rescaling the axis, not stretching it).
  const zoom = d3Zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      scheduleDraw();
    })
    .on('end', () => {
      // Settled: draw the new range before the view is read; one URL write per gesture (browsers throttle them).
      draw();
      clearTimeout(zoomSettled);
      zoomSettled = setTimeout(() => views.announce('zoom'), ZOOM_SETTLE_MS);
    });
  let zoomSettled: ReturnType<typeof setTimeout> | undefined;
  const setExtents = () => {
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, layoutHeight()],
    ];
    zoom.extent(extent).translateExtent(extent);
  };

  /** Where to zoom around: the given event's mark if it is on screen, else the centre. */
  function focalPoint(id: string | null): [number, number] | undefined {
    const placed = placedOf(id);
    return placed && placed.x >= layout.plot.left && placed.x <= layout.plot.right ? [placed.x, placed.y] : undefined;
  }

  /** The selection to zoom: a d3 transition, or the selection itself where the reader asks for reduced motion. */
  const animated = () => (reducedMotion.matches ? svgSel : svgSel.transition().duration(ANIMATION_MS));
  function zoomBy(factor: number, around: string | null = selectedId) {
    zoom.scaleBy(animated(), factor, focalPoint(around));
  }

  /** Opens a group: zooms to the period of its events, which then have room for their own marks and labels. */
  function openGroup(id: string) {
    const group = layout.groups.find((g) => g.id === id);
    if (!group) return;
    const [a, b] = group.domain;
    const pad = Math.max((+b - +a) * 0.25, 864e5 * 3);
    activeId = group.members[0] ?? activeId;
    draw();
    // Focus first: focusing can pan (bringIntoView), which would interrupt the zoom's transition.
    markFor(activeId ?? '')?.focus();
    showDomain([new Date(+a - pad), new Date(+b + pad)], true);
  }

  /** Zooms to show `domain` at the current width (the whole axis for null). */
  function showDomain(domain: readonly [Date, Date] | null, animate = false) {
    const t = domain ? transformForDomain(baseScale(events, width), domain, width) : { k: 1, x: 0 };
    zoom.transform(animate ? animated() : svgSel, zoomIdentity.translate(t.x, 0).scale(Math.min(Math.max(t.k, 1), MAX_ZOOM)));
    draw();
  }

  /** Pans (without zooming) so the event's mark is inside the plot. */
  function bringIntoView(id: string) {
    const placed = placedOf(id);
    if (!placed) return;
    const { left, right } = layout.plot;
    if (placed.x >= left + EDGE && placed.x <= right - EDGE) return;
    const dx = (left + right) / 2 - placed.x;
    zoom.translateBy(svgSel, dx / transform.k, 0);
    draw();
  }

  function focusEvent(id: string) {
    activeId = id;
    draw();
    bringIntoView(id);
    markFor(id)?.focus();
  }

  // Details panel, filled from the event's server-rendered <template>.
  function openEvent(id: string, { moveFocus }: { moveFocus: boolean }) {
    const event = byId.get(id);
    if (!event || !document.getElementById(`tl-detail-${id}`)) return;
    if (hidden.has(event.category)) setCategory(event.category, true);
    selectedId = id;
    activeId = id;
    draw();
    bringIntoView(id);
    details.show(id, event.category, { moveFocus });
    views.announce('open');
  }

  function closePanel({ returnFocus }: { returnFocus: boolean }) {
    if (!details.open) return;
    const id = selectedId;
    details.hide();
    selectedId = null;
    draw();
    views.announce('close');
    if (returnFocus && id) focusEvent(id);
  }

  /** Zooms in around an event until its label fits (deep links often land in a dense cluster); else leaves the zoom. */
  function reveal(id: string) {
    const event = byId.get(id);
    if (!event || layout.events.find((e) => e.id === id)?.label) return;
    const t = revealTransform(event, visible(), events, width, MAX_ZOOM, fit);
    if (!t) return;
    zoom.transform(svgSel, zoomIdentity.translate(t.x, 0).scale(t.k));
    draw();
  }

  function openFromHash() {
    const id = eventIdFromHash();
    if (!byId.has(id)) return;
    openEvent(id, { moveFocus: false });
    reveal(id);
    // The browser scrolled to the list item; show the chart and its panel instead.
    host.scrollIntoView({ block: 'start' });
  }

  // Filters.
  const checkboxes = [...host.querySelectorAll<HTMLInputElement>('.tl__filters input[type="checkbox"]')];
  function setCategory(category: string, shown: boolean) {
    if (shown) hidden.delete(category);
    else hidden.add(category);
    const box = checkboxes.find((c) => c.value === category);
    if (box) box.checked = shown;
    const ids = visible().map((e) => e.id);
    if (activeId && !ids.includes(activeId)) activeId = ids[0] ?? null;
    if (selectedId && !ids.includes(selectedId)) closePanel({ returnFocus: false });
    draw();
  }
  empty?.querySelector('button')?.addEventListener('click', () => {
    for (const c of CATEGORIES) setCategory(c, true);
    views.announce('filter');
    markFor(activeId ?? '')?.focus();
  });
  for (const box of checkboxes) {
    box.addEventListener('change', () => {
      setCategory(box.value, box.checked);
      views.announce('filter');
    });
  }

  // The view as timeline-view.ts reads and writes it (see timeline/view-events.ts).
  function currentView(): TimelineView {
    const shown = CATEGORIES.filter((c) => !hidden.has(c));
    return {
      ...(transform.k > 1.0001 ? { from: layout.domain[0], to: layout.domain[1] } : {}),
      ...(shown.length < CATEGORIES.length ? { categories: shown } : {}),
      ...(selectedId ? { event: selectedId } : {}),
    };
  }
  function applyView(view: TimelineView) {
    for (const c of CATEGORIES) if (view.categories) setCategory(c, view.categories.includes(c));
    const axis = baseScale(events, width).domain();
    const [start, end] = [new Date(axis[0]!), new Date(axis.at(-1)!)];
    if (view.from || view.to) showDomain([view.from ?? start, view.to ?? end]);
    else if (transform.k > 1.0001) showDomain(null);
    if (view.event) openEvent(view.event, { moveFocus: false });
    else closePanel({ returnFocus: false });
  }

  for (const button of host.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
    button.addEventListener('click', () => {
      const action = button.dataset['zoom'];
      if (action === 'in') zoomBy(2);
      else if (action === 'out') zoomBy(0.5);
      else showDomain(null, true);
    });
  }

  chartInput(svg, {
    order: () => layout.order,
    focus: focusEvent,
    open(id, options) {
      openEvent(id, options);
      if (!options.moveFocus) markFor(selectedId ?? '')?.focus();
    },
    openGroup,
    close() {
      if (!details.open) return false;
      closePanel({ returnFocus: true });
      return true;
    },
    zoom: (command, around) => (command === 'reset' ? showDomain(null, true) : zoomBy(command === 'in' ? 2 : 0.5, around)),
  });

  // On the wrapper, not the SVG: Chromium makes an SVG element with a focus listener a tab stop.
  canvas.addEventListener('focusin', (event) => {
    const id = (event.target as Element).closest('a[data-id]')?.getAttribute('data-id');
    if (id && id !== activeId) {
      activeId = id;
      draw();
    }
    if (id) bringIntoView(id);
  });

  addEventListener('hashchange', openFromHash);

  // Resizing keeps the visible period and redraws at the new width.
  new ResizeObserver(() => {
    const next = Math.max(320, Math.round(canvas.clientWidth));
    if (next === width || next === 0) return;
    const domain = transform.k > 1.0001 ? layout.domain : null;
    width = next;
    setExtents();
    showDomain(domain);
  }).observe(canvas);

  draw();
  setExtents();
  svgSel.call(zoom);
  toolbar.hidden = false;
  host.querySelector<HTMLElement>('.tl__hint-js')?.removeAttribute('hidden');
  host.classList.add('is-enhanced');
  openFromHash();
  views.ready();
}
