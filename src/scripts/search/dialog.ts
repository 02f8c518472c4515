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

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
let returnTo: HTMLElement | null = null;

/** The template's part marked `data-part="<name>"`. */
function part<T extends Element>(root: ParentNode, name: string, type: new () => T): T {
  const el = root.querySelector(`[data-part="${name}"]`);
  if (!(el instanceof type)) throw new Error(`The search dialog template has no ${name}`);
  return el;
}

function build(template: HTMLTemplateElement): HTMLDialogElement {
  const content = document.importNode(template.content, true);
  const d = part(content, 'dialog', HTMLDialogElement);
  const full = part(content, 'full', HTMLAnchorElement);
  const page = full.getAttribute('href') ?? '';
  part(content, 'close', HTMLButtonElement).addEventListener('click', () => d.close());
  const text = parseSearchText(d.dataset['searchText']);
  if (!text) throw new Error('The search dialog template has no search text');

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
  dialog ??= build(template);
  if (!dialog.open) {
    returnTo = opener;
    dialog.showModal();
  }
  ui?.focus();
  const typed = typedAhead();
  if (typed && ui) ui.type(typed);
}
