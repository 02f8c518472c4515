/**
 * <search-button>: the header's search control, on every page.
 *
 * Without JavaScript it is a link to /search/. With it, a button opens the
 * search dialog (CSS shows one or the other by `@media (scripting)`); `/` and Ctrl/Cmd+K open it from anywhere (on /search/ they
 * focus that page's search box). The dialog, its styles and Pagefind load
 * only when search is first used. On a page opened from a result
 * (?highlight=…), this also loads the highlighter.
 *
 * The dialog's markup is a <template> inside the element (SearchButton.astro).
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

let template: HTMLTemplateElement | null = null;
let button: HTMLButtonElement | null = null;
/** Keys typed while the dialog loads (after `/`, before its search box exists), replayed into it. */
let typedAhead: string[] | null = null;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

async function open(opener: HTMLElement | null) {
  if (!template) return;
  const skeleton = template;
  const onPage = document.querySelector<HTMLInputElement>('search-page input[type="search"]');
  if (onPage) {
    onPage.focus();
    onPage.select();
    return;
  }
  const typed = (typedAhead ??= []);
  try {
    const { openSearchDialog } = await import('./search/dialog');
    // Read the keys only once the dialog is about to show (they arrive while it loads).
    await openSearchDialog(skeleton, opener, () => typed.join(''));
  } finally {
    typedAhead = null;
  }
}

class SearchButton extends HTMLElement {
  connectedCallback() {
    button = this.querySelector('button');
    template = this.querySelector('template');
    if (!button || !template) return;
    button.addEventListener('click', () => void open(button));
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
      void import('./search/highlight').then((m) => m.highlightFromUrl()).catch(() => {});
    }
  }
}

document.addEventListener('keydown', (e) => {
  if (typedAhead) {
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      typedAhead.push(e.key);
      e.preventDefault();
    } else if (e.key === 'Backspace') {
      typedAhead.pop();
      e.preventDefault();
    }
    return;
  }
  if (e.defaultPrevented || e.altKey) return;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !isTyping(e.target);
  const modK = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k';
  if (!slash && !modK) return;
  const openDialog = document.querySelector('dialog.search-dialog[open]');
  if (openDialog) {
    // Ctrl/Cmd+K in the open dialog goes back to its search box, rather than to the browser's.
    if (modK) {
      e.preventDefault();
      openDialog.querySelector<HTMLInputElement>('input[type="search"]')?.select();
    }
    return;
  }
  e.preventDefault();
  void open(document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button);
});

customElements.define('search-button', SearchButton);
