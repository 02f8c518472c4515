/** The search interface's controls, labelled in the page's language: the search box, and the filter and sort fields. */
import { FILTER_KEYS, MAX_QUERY_LENGTH, SORT_KEYS, type FilterKey } from '../../lib/search/query';
import type { SearchText } from '../../lib/search/text';
import { h } from './dom';

/** The search box of the interface with ids prefixed `id`. */
export function searchBox(id: string, text: SearchText): HTMLInputElement {
  return h('input', {
    type: 'search',
    id: `${id}-q`,
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(MAX_QUERY_LENGTH),
    placeholder: text.strings['search.placeholder'],
    enterkeyhint: 'search',
    'aria-describedby': `${id}-hint`,
    'aria-controls': `${id}-results`,
  });
}

/** One labelled list per filter (only its "all" option until the values load) and the sort list, in one group. */
export function filterFields(
  id: string,
  text: SearchText,
): { fields: HTMLElement; selects: Map<FilterKey, HTMLSelectElement>; sort: HTMLSelectElement } {
  const s = text.strings;
  const field = (key: string, label: string, select: HTMLSelectElement) =>
    h('div', { class: 'search-ui__field' }, h('label', { for: `${id}-${key}` }, label), select);
  const fields = h('div', { class: 'search-ui__filters' });
  const selects = new Map<FilterKey, HTMLSelectElement>();
  for (const key of FILTER_KEYS) {
    const select = h('select', { id: `${id}-${key}`, name: key }, h('option', { value: '' }, s[`search.all.${key}`]));
    selects.set(key, select);
    fields.append(field(key, s[`search.filter.${key}`], select));
  }
  const sort = h(
    'select',
    { id: `${id}-sort`, name: 'sort' },
    ...SORT_KEYS.map((value) => h('option', { value }, s[`search.sort.${value}`])),
  );
  fields.append(field('sort', s['search.sort'], sort));
  return { fields, selects, sort };
}
