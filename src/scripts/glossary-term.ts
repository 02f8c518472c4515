/**
 * <gloss-term>: turns a glossary link in running text into a disclosure that
 * shows the term's name and short definition in place (remark-glossary
 * writes only the link). The texts are fetched on first use, from the
 * edition's glossary/terms.json next to the entry the link goes to
 * (src/lib/glossary-popups.ts), not carried by every page. Without
 * JavaScript, or if that file cannot be had, the link goes to /glossary/#id.
 *
 * - Click, tap, Enter or Space on the term toggles the definition
 *   (aria-expanded on the term, aria-controls to the definition).
 * - Escape closes it and puts focus back on the term; so does a click or tap
 *   anywhere else (focus is left where the reader put it).
 * - Opening one term closes any other.
 * - The definition has a link to the full glossary entry.
 * - The box opens below the term, or above it near the bottom of the screen.
 */
import type { GlossaryPopups } from '../lib/glossary-popups';

let count = 0;
const open = new Set<GlossTerm>();
const HINT_ID = 'gloss-term-hint';
let texts: Promise<GlossaryPopups> | undefined;

/** The edition's pop-up texts, fetched once, when a reader first points at, focuses or opens a term. */
function loadTexts(link: HTMLAnchorElement): Promise<GlossaryPopups> {
  texts ??= fetch(new URL('terms.json', link.href)).then(async (r) => {
    if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
    const loaded = (await r.json()) as GlossaryPopups;
    const hint = document.getElementById(HINT_ID);
    if (hint) hint.textContent = loaded.hint;
    return loaded;
  });
  return texts;
}

/** One shared description for every term: what activating it does (its words arrive with the texts). */
function ensureHint(): void {
  if (document.getElementById(HINT_ID)) return;
  const hint = document.createElement('span');
  hint.id = HINT_ID;
  hint.hidden = true;
  document.body.append(hint);
}

/** The name above the definition and a link to the full entry below it. */
function fillPopup(popup: HTMLElement, link: HTMLAnchorElement, id: string, { terms, more: moreText }: GlossaryPopups): void {
  if (popup.firstChild) return;
  const [name, text] = terms[id] ?? [link.textContent ?? '', ''];
  const element = (tag: string, className: string, value: string) => {
    const el = document.createElement(tag);
    el.className = className;
    el.textContent = value;
    return el;
  };
  const more = element('a', 'gloss-term__more', moreText) as HTMLAnchorElement;
  more.href = link.getAttribute('href') ?? '';
  more.append(element('span', 'visually-hidden', `: ${name}`));
  popup.append(element('strong', 'gloss-term__name', name), ' ', element('span', 'gloss-term__definition', text), ' ', more);
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
    if (!link || this.#link) return;
    const popup = document.createElement('span');
    popup.className = 'gloss-term__popup';
    popup.hidden = true;
    popup.id = `gloss-term-popup-${++count}`;
    link.after(popup);
    this.#link = link;
    this.#popup = popup;
    ensureHint();
    for (const intent of ['pointerover', 'focusin', 'touchstart'])
      this.addEventListener(intent, () => void loadTexts(link).catch(() => {}), { once: true, passive: true });
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
    else void this.show();
  }

  async show(): Promise<void> {
    const popup = this.#popup;
    const link = this.#link;
    if (!popup || !link) return;
    try {
      fillPopup(popup, link, this.dataset['term'] ?? '', await loadTexts(link));
    } catch {
      // No texts (offline, or the file failed): the term is a link to its entry again.
      location.assign(link.href);
      return;
    }
    for (const other of open) if (other !== this) other.close();
    popup.hidden = false;
    link.setAttribute('aria-expanded', 'true');
    open.add(this);
    place(popup, link);
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
