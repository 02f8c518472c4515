/**
 * The chart's side of the view events that src/scripts/timeline-view.ts
 * listens to and sends: `tl:viewchange` ({ view, reason }) on every change
 * once the chart is ready, `tl:set-view` ({ view }) applied on request, and
 * `tl:ready` once, when the chart is enhanced.
 */
import type { TimelineView } from '../../lib/timeline/view-params';

type ViewChangeReason = 'zoom' | 'filter' | 'open' | 'close';

export interface ViewEvents {
  announce(reason: ViewChangeReason): void;
  ready(): void;
}

export function viewEvents(host: HTMLElement, chart: { current: () => TimelineView; apply: (view: TimelineView) => void }): ViewEvents {
  host.addEventListener('tl:set-view', (e) => chart.apply((e as CustomEvent<{ view: TimelineView }>).detail.view));
  return {
    announce(reason) {
      if (!host.dataset['ready']) return;
      host.dispatchEvent(new CustomEvent('tl:viewchange', { detail: { view: chart.current(), reason } }));
    },
    ready() {
      host.dataset['ready'] = 'true';
      host.dispatchEvent(new CustomEvent('tl:ready'));
    },
  };
}
