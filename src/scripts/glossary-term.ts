/**
 * <gloss-term>: turns a glossary link in running text into a disclosure that
 * shows the term's short definition in place (rendered, hidden, by
 * remark-glossary). Without JavaScript the link simply goes to /glossary/#id.
 * The static box holds only the definition; the term's name above it and
 * the link to the full entry are added here, when the term is enhanced.
 *
 * - Click, tap, Enter or Space on the term toggles the definition
 *   (aria-expanded on the term, aria-controls to the definition).
 * - Escape closes it and puts focus back on the term; so does a click or tap
 *   anywhere else (focus is left where the reader put it).
 * - Opening one term closes any other.
 * - The definition has a link to the full glossary entry.
 * - The box opens below the term, or above it near the bottom of the screen.
 */
let count = 0;
const open = new Set<GlossTerm>();
const HINT_ID = 'gloss-term-hint';

/** One shared description for every term: what activating it does. */
function ensureHint(): void {
  if (document.getElementById(HINT_ID)) return;
  const hint = document.createElement('span');
  hint.id = HINT_ID;
  hint.hidden = true;
  hint.textContent = 'Glossary term: shows a short definition';
  document.body.append(hint);
}

/** Adds the name (from data-name) above the definition and a link to the full entry below it. */
function fillPopup(popup: HTMLElement, link: HTMLAnchorElement): void {
  if (popup.querySelector('.gloss-term__definition')) return;
  const name = popup.dataset['name'] ?? link.textContent ?? '';
  const element = (tag: string, className: string, text: string) => {
    const el = document.createElement(tag);
    el.className = className;
    el.textContent = text;
    return el;
  };
  const definition = element('span', 'gloss-term__definition', popup.textContent ?? '');
  const more = element('a', 'gloss-term__more', 'Glossary entry') as HTMLAnchorElement;
  more.href = link.getAttribute('href') ?? '';
  more.append(element('span', 'visually-hidden', `: ${name}`));
  popup.replaceChildren(element('strong', 'gloss-term__name', name), ' ', definition, ' ', more);
}

/**
 * Keeps the open box on screen: below the term, or above it when there is no
 * room below and more above; shifted sideways to stay inside the viewport.
 */
function place(popup: HTMLElement, term: HTMLElement): void {
  const margin = 8;
  popup.classList.remove('gloss-term__popup--above');
  popup.style.removeProperty('left');
  const viewport = document.documentElement;
  const below = viewport.clientHeight - term.getBoundingClientRect().bottom;
  const above = term.getBoundingClientRect().top;
  const height = popup.getBoundingClientRect().height + margin;
  if (height > below && above > below) popup.classList.add('gloss-term__popup--above');
  const rect = popup.getBoundingClientRect();
  let shift = 0;
  if (rect.right > viewport.clientWidth - margin) shift = viewport.clientWidth - margin - rect.right;
  if (rect.left + shift < margin) shift = margin - rect.left;
  if (shift) popup.style.left = `${shift}px`;
}

export class GlossTerm extends HTMLElement {
  #link: HTMLAnchorElement | null = null;
  #popup: HTMLElement | null = null;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a.gloss-term__link');
    const popup = this.querySelector<HTMLElement>('.gloss-term__popup');
    if (!link || !popup || this.#link) return;
    this.#link = link;
    this.#popup = popup;
    fillPopup(popup, link);
    popup.id ||= `gloss-term-popup-${++count}`;
    ensureHint();
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', popup.id);
    link.setAttribute('aria-describedby', HINT_ID);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.toggle();
    });
    link.addEventListener('keydown', (event) => {
      // A button acts on Space; stop the page from scrolling.
      if (event.key === ' ') event.preventDefault();
    });
    link.addEventListener('keyup', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        this.toggle();
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.expanded) {
        event.preventDefault();
        this.close();
        link.focus();
      }
    });
  }

  disconnectedCallback(): void {
    open.delete(this);
  }

  get expanded(): boolean {
    return this.#link?.getAttribute('aria-expanded') === 'true';
  }

  toggle(): void {
    if (this.expanded) this.close();
    else this.show();
  }

  show(): void {
    const popup = this.#popup;
    if (!popup || !this.#link) return;
    for (const other of open) if (other !== this) other.close();
    popup.hidden = false;
    this.#link.setAttribute('aria-expanded', 'true');
    open.add(this);
    place(popup, this.#link);
  }

  close(): void {
    if (!this.#popup || !this.#link) return;
    this.#popup.hidden = true;
    this.#link.setAttribute('aria-expanded', 'false');
    open.delete(this);
  }
}

document.addEventListener('click', (event) => {
  for (const term of open) if (!term.contains(event.target as Node)) term.close();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') for (const term of open) term.close();
});

if (!customElements.get('gloss-term')) customElements.define('gloss-term', GlossTerm);
