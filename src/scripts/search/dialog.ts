/**
 * The search dialog's behaviour. Its markup (the <dialog>, its title, the
 * close button and the link to the full page) is a <template> rendered by
 * SearchButton.astro; this module, imported lazily by search-button.ts,
 * puts a copy in the page on first use, fills it with the shared search UI
 * and wires it up. Escape and the close button close it; the rest of the
 * page is inert while it is open; focus goes back to whatever opened it.
 */
import { stateToSearch } from '../../lib/search/query';
import { parseSearchText } from '../../lib/search/text';
import { SearchUI } from './ui';
import { loadSearchStyles } from './styles';

let dialog: Promise<HTMLDialogElement> | undefined;
let ui: SearchUI | undefined;
let returnTo: HTMLElement | null = null;

/** The template's part marked `data-part="<name>"`. */
function part<T extends Element>(root: ParentNode, name: string, type: new () => T): T {
  const el = root.querySelector(`[data-part="${name}"]`);
  if (!(el instanceof type)) throw new Error(`The search dialog template has no ${name}`);
  return el;
}

/** The interface's words in the page's language, from the address the template gives. */
async function fetchText(d: HTMLDialogElement) {
  const address = d.dataset['searchTextUrl'];
  const response = address ? await fetch(address) : undefined;
  const text = response?.ok ? parseSearchText(await response.text()) : undefined;
  if (!text) throw new Error(`The search dialog could not load its words from ${address ?? 'nowhere'}`);
  return text;
}

async function build(template: HTMLTemplateElement): Promise<HTMLDialogElement> {
  const content = document.importNode(template.content, true);
  const d = part(content, 'dialog', HTMLDialogElement);
  const full = part(content, 'full', HTMLAnchorElement);
  const page = full.getAttribute('href') ?? '';
  part(content, 'close', HTMLButtonElement).addEventListener('click', () => d.close());
  const text = await fetchText(d);

  ui = new SearchUI(part(content, 'body', HTMLElement), {
    id: 'search-dialog',
    headingLevel: 3,
    pageSize: 5,
    collapseFilters: true,
    text,
    onChange: (state) => {
      full.href = page + stateToSearch(state);
    },
  });

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

/** Opens the dialog built from `template`; `typedAhead()` gives what the reader typed while it loaded. */
export async function openSearchDialog(template: HTMLTemplateElement, opener: HTMLElement | null, typedAhead = () => ''): Promise<void> {
  await loadSearchStyles();
  // A failed load is not kept: the next open tries again.
  dialog ??= build(template).catch((error: unknown) => {
    dialog = undefined;
    throw error;
  });
  const d = await dialog;
  if (!d.open) {
    returnTo = opener;
    d.showModal();
  }
  ui?.focus();
  const typed = typedAhead();
  if (typed && ui) ui.type(typed);
}
