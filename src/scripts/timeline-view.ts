/**
 * Every timeline view is a link. On /timeline/ and its embed this reads
 * `from`, `to`, `category` and `event` from the URL (src/lib/timeline/view-params.ts),
 * filters the event list below the chart at once, and hands the rest to the
 * chart when it is ready. On /timeline/ it then writes the view back as the
 * reader zooms, filters or opens an event (replaceState while zooming and
 * filtering, pushState when an event opens, so Back returns to the view before).
 *
 * It talks to the interactive chart only through events on <timeline-chart>:
 * the chart fires `tl:ready` and `tl:viewchange` ({ view, reason }), and
 * listens for `tl:set-view` ({ view }).
 */
import { CATEGORIES, type Category } from '../lib/categories';
import { parseViewParams, viewQuery, type TimelineView } from '../lib/timeline/view-params';

interface ViewChangeDetail {
  view: TimelineView;
  reason: 'zoom' | 'filter' | 'open' | 'close';
}

export function connectTimelineView(host: HTMLElement, { writeUrl }: { writeUrl: boolean }): void {
  const list = document.querySelector<HTMLElement>('.tl-list');
  const ids = new Set([...(list?.querySelectorAll<HTMLElement>('.tl-list__event[id]') ?? [])].map((li) => li.id));
  const initial = parseViewParams(new URLSearchParams(location.search), ids).view;
  let current: TimelineView = initial;

  const show = (view: TimelineView) => {
    filterList(host, list, new Set(view.categories ?? CATEGORIES));
    host.dispatchEvent(new CustomEvent('tl:set-view', { detail: { view } }));
  };

  // The list is there before the chart (and alone on narrow screens): filter it now.
  filterList(host, list, new Set(initial.categories ?? CATEGORIES));
  // Only a view the URL asks for: a plain /timeline/ (or a #event link, which the chart opens itself) stays as the chart drew it.
  if (viewQuery(initial)) host.addEventListener('tl:ready', () => show(initial), { once: true });
  host.addEventListener('tl:viewchange', (e) => {
    filterList(host, list, new Set((e as CustomEvent<ViewChangeDetail>).detail.view.categories ?? CATEGORIES));
  });

  // Phones have no interactive chart (it takes over the filters once it is ready): the boxes filter here.
  const boxes = [...host.querySelectorAll<HTMLInputElement>('.tl__filters input')];
  const byBoxes = () => {
    if (!host.dataset['ready']) filterList(host, list, new Set(boxes.filter((b) => b.checked).map((b) => b.value as Category)));
  };
  for (const box of boxes) box.addEventListener('change', byBoxes);
  host.querySelector('.tl__empty button')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    byBoxes();
  });

  if (!writeUrl) return;
  host.addEventListener('tl:viewchange', (e) => {
    const { view, reason } = (e as CustomEvent<ViewChangeDetail>).detail;
    const query = viewQuery(view);
    if (query === viewQuery(current)) return;
    current = view;
    const href = `${location.pathname}${query}`;
    if (reason === 'open') history.pushState({ timelineView: query }, '', href);
    else history.replaceState({ timelineView: query }, '', href);
  });
  addEventListener('popstate', () => {
    current = parseViewParams(new URLSearchParams(location.search), ids).view;
    show(current);
  });

  const copy = document.querySelector<HTMLButtonElement>('[data-copy-view-link]');
  const status = document.querySelector<HTMLElement>('[data-copy-view-status]');
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      // The words come from the template (TimelineShare.astro), in the page's language.
      navigator.clipboard.writeText(location.href).then(
        () => status && (status.textContent = copy.dataset['copied'] ?? ''),
        () => status && (status.textContent = (copy.dataset['address'] ?? '{url}').replace('{url}', location.href)),
      );
    });
  }
}

/**
 * Shows the list items and phone-chart marks of the shown categories only (a group's mark while all its
 * categories are shown), hides emptied years and eras, says how many are shown, or that none are.
 */
function filterList(host: HTMLElement, list: HTMLElement | null, shown: ReadonlySet<Category>): void {
  for (const box of host.querySelectorAll<HTMLInputElement>('.tl__filters input')) box.checked = shown.has(box.value as Category);
  for (const mark of host.querySelectorAll<SVGElement>('.tl-vsvg a')) {
    const categories = (mark.dataset['category'] ?? mark.dataset['categories'] ?? '').split(' ') as Category[];
    mark.toggleAttribute('hidden', !categories.every((c) => shown.has(c)));
  }
  const empty = host.querySelector<HTMLElement>('.tl__empty');
  if (empty) empty.hidden = shown.size > 0;
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('.tl-list__event')];
  let visible = 0;
  for (const li of items) {
    const on = shown.has(li.dataset['category'] as Category);
    li.hidden = !on;
    if (on) visible++;
  }
  for (const group of list.querySelectorAll<HTMLElement>('.tl-list__years > li, .tl-list__era')) {
    group.hidden = !group.querySelector('.tl-list__event:not([hidden])');
  }
  const count = list.querySelector<HTMLElement>('[data-event-count]');
  // "All {count} events" and "{shown} of {count} events", in the page's language (EventList.astro).
  const words = (visible === items.length ? count?.dataset['all'] : count?.dataset['some']) ?? '';
  if (count) count.textContent = words.replace('{count}', String(items.length)).replace('{shown}', String(visible));
}
