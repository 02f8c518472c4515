/**
 * The search interface shared by the dialog and the /search/ page: a search box, filters
 * (type, topic, year) and sort, a live status line, the results with sub-results by section,
 * and "Did you mean …" after a typo. Built with DOM calls, never innerHTML: queries and
 * excerpts are shown as text (excerpt <mark>s are rebuilt as elements by `excerptParts`).
 */
import {
  EMPTY_STATE,
  FILTER_KEYS,
  MAX_QUERY_LENGTH,
  hasQuery,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  resultsSummary,
  sortFilterValues,
  type FilterKey,
  type SearchState,
  type SortKey,
} from '../../lib/search/query';
import type { SearchText } from '../../lib/search/text';
import { filterFields, searchBox } from './controls';
import { fillSelect, h } from './dom';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind';
import { noResultsHelp, resultItem, unavailableHelp } from './results';
import { searchSuggestion, type Suggestion } from './suggestion';

/** Why the state changed: typing replaces the URL entry, everything else adds one. */
export type ChangeReason = 'input' | 'submit' | 'filter' | 'more';

export interface SearchUIOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** Level of each result's heading (2 on the search page, 3 in the dialog). */
  headingLevel: 2 | 3;
  /** Results shown at first and per "Show more" (Pagefind loads one fragment per result). */
  pageSize: number;
  /**
   * Filters and sort in a closed "Filter and sort" disclosure (the dialog):
   * their value lists (Pagefind's filter index) load only when it is opened
   * or a filter is in use. Otherwise they show, and load, at once.
   */
  collapseFilters: boolean;
  /** The interface's words and links, in the page's language. */
  text: SearchText;
  /** Called after the state changes through the UI (not through setState). */
  onChange?: (state: SearchState, reason: ChangeReason) => void;
}

const DEBOUNCE_MS = 250;

export class SearchUI {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  private readonly selects: Map<FilterKey, HTMLSelectElement>;
  private readonly sortSelect: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly help: HTMLElement;
  private readonly suggestion: Suggestion;
  private state: SearchState = EMPTY_STATE;
  private pagefind: PagefindApi | undefined;
  private results: PagefindResult[] = [];
  private shown = 0;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private filtersLoaded = false;
  private disclosure: HTMLDetailsElement | undefined;

  constructor(
    root: HTMLElement,
    private readonly opts: SearchUIOptions,
  ) {
    const id = opts.id;
    const s = opts.text.strings;
    this.input = searchBox(id, opts.text);
    const { fields, selects, sort } = filterFields(id, opts.text);
    this.selects = selects;
    this.sortSelect = sort;
    for (const [key, select] of selects)
      select.addEventListener('change', () =>
        this.update({ filters: { ...this.state.filters, [key]: select.value || undefined } }, 'filter'),
      );
    sort.addEventListener('change', () => this.update({ sort: sort.value as SortKey }, 'filter'));
    let filters: HTMLElement = fields;
    if (opts.collapseFilters) {
      this.disclosure = h('details', { class: 'search-ui__options' }, h('summary', {}, s['search.filterSort']), fields);
      this.disclosure.addEventListener('toggle', () => {
        if (this.disclosure?.open) void this.loadFilterValues().catch(() => {});
      });
      filters = this.disclosure;
    }

    this.status = h('p', { class: 'search-ui__status', id: `${id}-status`, role: 'status' });
    this.suggestion = searchSuggestion(opts.text, (q) => {
      this.input.value = q;
      this.update({ q }, 'submit');
    });
    this.help = h('div', { class: 'search-ui__help', hidden: true });
    this.list = h('ol', { class: 'search-ui__results', id: `${id}-results`, 'aria-labelledby': `${id}-status` });
    this.more = h('button', { type: 'button', class: 'button search-ui__more', hidden: true }, s['search.more']);
    this.more.addEventListener('click', () => void this.showMore(true));

    this.form = h(
      'form',
      { class: 'search-ui', role: 'search', action: opts.text.links.search.href, 'aria-label': s['search.formLabel'] },
      h(
        'div',
        { class: 'search-ui__bar' },
        h('label', { for: `${id}-q`, class: 'search-ui__label' }, s['search.label']),
        h(
          'div',
          { class: 'search-ui__row' },
          this.input,
          h('button', { type: 'submit', class: 'button search-ui__submit' }, s['search.submit']),
        ),
        h('p', { class: 'search-ui__hint', id: `${id}-hint` }, s['search.hint']),
      ),
      filters,
      this.status,
      this.suggestion.element,
      this.help,
      this.list,
      this.more,
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update({ q: this.input.value.slice(0, MAX_QUERY_LENGTH) }, 'submit');
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update({ q: this.input.value.slice(0, MAX_QUERY_LENGTH) }, 'input'), DEBOUNCE_MS);
    });
    // Load Pagefind as soon as the reader shows intent, not on page load.
    this.input.addEventListener('focus', () => void this.ensureLoaded().catch(() => {}), { once: true });
    root.replaceChildren(this.form);
    this.idle();
  }

  focus() {
    this.input.focus();
    this.input.select();
  }

  /** Replaces the search box's text as if typed (used for keys pressed while the dialog loaded). */
  type(text: string) {
    this.input.value = text.slice(0, MAX_QUERY_LENGTH);
    this.input.dispatchEvent(new Event('input'));
  }

  getState(): SearchState {
    return this.state;
  }

  /** Shows a state (from the URL, or restored by the back button) and searches. */
  setState(state: SearchState) {
    clearTimeout(this.timer);
    this.state = state;
    this.input.value = state.q;
    this.syncControls();
    void this.search();
  }

  private update(change: Partial<SearchState>, reason: ChangeReason) {
    clearTimeout(this.timer);
    const next: SearchState = { ...this.state, ...change, filters: { ...(change.filters ?? this.state.filters) } };
    for (const k of FILTER_KEYS) if (!next.filters[k]) delete next.filters[k];
    this.state = next;
    this.opts.onChange?.(next, reason);
    void this.search();
  }

  private syncControls() {
    if (this.disclosure && FILTER_KEYS.some((k) => this.state.filters[k])) this.disclosure.open = true;
    for (const [key, select] of this.selects) {
      const v = this.state.filters[key] ?? '';
      if (v && ![...select.options].some((o) => o.value === v)) select.append(h('option', { value: v }, v));
      select.value = v;
    }
    this.sortSelect.value = this.state.sort;
  }

  private async ensureLoaded(): Promise<PagefindApi> {
    this.pagefind ??= await loadPagefind();
    const inUse = FILTER_KEYS.some((k) => this.state.filters[k]);
    if (!this.opts.collapseFilters || this.disclosure?.open || inUse) await this.loadFilterValues();
    return this.pagefind;
  }

  /** Fills the filter lists from Pagefind's filter index (once). */
  private async loadFilterValues(): Promise<void> {
    if (this.filtersLoaded) return;
    this.filtersLoaded = true;
    try {
      const all = await (await loadPagefind()).filters();
      for (const [key, select] of this.selects) {
        fillSelect(
          select,
          this.opts.text.strings[`search.all.${key}`],
          sortFilterValues(key, Object.keys(all[key] ?? {})),
          this.state.filters[key] ?? '',
        );
      }
    } catch (e) {
      this.filtersLoaded = false;
      throw e;
    }
  }

  private summary(count: number, state: SearchState): string {
    return resultsSummary(count, state, this.opts.text.strings, this.opts.text.lang);
  }

  private setStatus(text: string, busy = false) {
    if (this.status.textContent !== text) this.status.textContent = text;
    this.form.toggleAttribute('aria-busy', busy);
    this.status.classList.toggle('search-ui__status--busy', busy);
  }

  private idle() {
    this.list.replaceChildren();
    this.more.hidden = true;
    this.help.hidden = true;
    this.setStatus(this.opts.text.strings['search.idle']);
  }

  private async search() {
    const run = ++this.run;
    const state = this.state;
    if (!hasQuery(state)) {
      this.idle();
      return;
    }
    // Only the first load is worth announcing; later searches just mark the status busy.
    this.setStatus(this.pagefind ? (this.status.textContent ?? '') : this.opts.text.strings['search.loading'], true);
    let pf: PagefindApi;
    try {
      pf = await this.ensureLoaded();
    } catch {
      if (run === this.run) this.showError();
      return;
    }
    let response;
    try {
      const sort = pagefindSort(state.sort);
      response = await pf.search(pagefindTerm(state), { filters: pagefindFilters(state), ...(sort ? { sort } : {}) });
    } catch {
      if (run === this.run) this.showError();
      return;
    }
    if (run !== this.run) return;
    void this.suggestion.update(pagefindTerm(state) ?? '', response.results.length);
    this.results = response.results;
    this.shown = 0;
    this.list.replaceChildren();
    this.help.hidden = true;
    if (this.results.length === 0) {
      this.setStatus(this.summary(0, state));
      this.showNoResults(state, response.unfilteredResultCount);
      this.more.hidden = true;
      return;
    }
    await this.showMore(false, run);
    if (run === this.run) this.setStatus(this.summary(this.results.length, state));
  }

  private async showMore(moveFocus: boolean, run = this.run) {
    const batch = this.results.slice(this.shown, this.shown + this.opts.pageSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    const query = pagefindTerm(this.state) ?? '';
    const items = data.map((d, i) => resultItem(d, this.opts, query, batch[i]?.matchedMetaFields));
    this.list.append(...items);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private showNoResults(state: SearchState, unfiltered: number) {
    this.help.replaceChildren(
      ...noResultsHelp(this.opts.text, state, unfiltered, () => {
        this.update({ filters: {} }, 'filter');
        this.syncControls();
        this.input.focus();
      }),
    );
    this.help.hidden = false;
  }

  private showError() {
    this.list.replaceChildren();
    this.more.hidden = true;
    this.setStatus(this.opts.text.strings['search.unavailable']);
    this.help.replaceChildren(...unavailableHelp(this.opts.text));
    this.help.hidden = false;
  }
}
