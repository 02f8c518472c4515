/**
 * The details panel beside the chart, filled from the event's server-rendered
 * <template id="tl-detail-<id>">, and the #<event-id> in the address that
 * names the open event.
 */
export interface DetailsPanel {
  readonly open: boolean;
  /** Shows the event's details; false when the page has no details for it. */
  show(id: string, category: string, options: { moveFocus: boolean }): boolean;
  hide(): void;
}

/** `writeHash: false` where the page's URL is written elsewhere (timeline-view.ts writes ?event=…). */
export function detailsPanel(
  panel: HTMLElement,
  body: HTMLElement,
  reducedMotion: MediaQueryList,
  { writeHash }: { writeHash: boolean },
): DetailsPanel {
  return {
    get open() {
      return !panel.hidden;
    },
    show(id, category, { moveFocus }) {
      const template = document.getElementById(`tl-detail-${id}`);
      if (!(template instanceof HTMLTemplateElement)) return false;
      body.replaceChildren(template.content.cloneNode(true));
      panel.dataset['category'] = category;
      panel.hidden = false;
      if (writeHash && location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);
      if (moveFocus) body.querySelector<HTMLElement>('.tl-details__title')?.focus();
      panel.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
      return true;
    },
    hide() {
      panel.hidden = true;
      body.replaceChildren();
      if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    },
  };
}

/** The event id in the address (`/timeline/#<id>`), if there is one. */
export function eventIdFromHash(): string {
  return decodeURIComponent(location.hash.slice(1));
}
