/**
 * <timeline-chart>: a shell that loads the interactive timeline (D3 zoom,
 * filters, keyboard, details panel) only when the chart is on screen at a
 * width that shows it. Below 40rem the page shows the chart drawn down the
 * page at build time instead, with the category filters (timeline-view.ts), and nothing more is downloaded.
 */
import { connectTimelineView } from './timeline-view';

const WIDE_ENOUGH = '(min-width: 40rem)';

class TimelineChart extends HTMLElement {
  #started = false;

  connectedCallback() {
    // The view in the URL applies to the list at once, and to the chart once it is ready.
    connectTimelineView(this, { writeUrl: this.dataset['viewUrl'] === 'write' });
    const wide = matchMedia(WIDE_ENOUGH);
    // On phones the filters work without the interactive chart (which shows them itself where it loads).
    if (!wide.matches) this.querySelector<HTMLElement>('.tl__toolbar')?.removeAttribute('hidden');
    const start = () => {
      if (this.#started || !wide.matches) return;
      this.#started = true;
      wide.removeEventListener('change', start);
      import('./timeline-interactive')
        .then(({ enhanceTimeline }) => enhanceTimeline(this))
        .catch((error: unknown) => {
          // The static chart and list still work; say why the rest does not.
          console.warn('Timeline: interactive features failed to load', error);
        });
    };
    wide.addEventListener('change', start);
    start();
  }
}

customElements.define('timeline-chart', TimelineChart);
