/**
 * The search dialog: a modal <dialog> holding the shared search UI. Built on
 * first use (this module is imported lazily by search-button.ts). Escape and
 * the close button close it; the rest of the page is inert while it is open;
 * focus goes back to whatever opened it.
 */
import { stateToSearch } from '../../lib/search/query';
import { SearchUI } from './ui';
import { loadSearchStyles } from './styles';

interface Settings {
  bundle: string;
  page: string;
}

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
let returnTo: HTMLElement | null = null;

function build(settings: Settings): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');

  const header = document.createElement('div');
  header.className = 'search-dialog__header';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'icon-button search-dialog__close';
  close.textContent = 'Close';
  close.setAttribute('aria-label', 'Close search');
  close.addEventListener('click', () => d.close());
  header.append(title, close);

  const body = document.createElement('div');
  const full = document.createElement('a');
  full.className = 'search-dialog__full';
  full.href = settings.page;
  full.textContent = 'Open the search page (shareable link)';

  ui = new SearchUI(body, {
    bundle: settings.bundle,
    // The deploy base ("/" or "/news/"), written in by the build.
    base: import.meta.env.BASE_URL,
    id: 'search-dialog',
    headingLevel: 3,
    pageSize: 5,
    collapseFilters: true,
    onChange: (state) => {
      full.href = settings.page + stateToSearch(state);
    },
  });
  const footer = document.createElement('p');
  footer.className = 'search-dialog__footer';
  footer.append(full);
  d.append(header, body, footer);

  // Escape closes at once, even from a search box that has text (which would otherwise just clear it).
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      d.close();
    }
  });
  d.addEventListener('close', () => {
    returnTo?.focus();
    returnTo = null;
  });
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  d.addEventListener('click', (e) => {
    if (e.target !== d) return;
    const r = d.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside) d.close();
  });
  document.body.append(d);
  return d;
}

/** Opens the dialog; `typedAhead()` gives what the reader typed while it loaded. */
export async function openSearchDialog(settings: Settings, opener: HTMLElement | null, typedAhead = () => ''): Promise<void> {
  await loadSearchStyles();
  dialog ??= build(settings);
  if (!dialog.open) {
    returnTo = opener;
    dialog.showModal();
  }
  ui?.focus();
  const typed = typedAhead();
  if (typed && ui) ui.type(typed);
}
