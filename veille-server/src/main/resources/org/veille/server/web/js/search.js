// The search page: query and filters (kept in the address, so a search can be bookmarked and Back works),
// one page of hits, facets beside them, and the per-day timeline.

import { h, replace, announce } from './dom.js';
import * as api from './api.js';
import { route, hitItem, timeline, facetList, errorBox } from './widgets.js';

const PAGE_SIZE = 10;
export const FILTERS = ['q', 'speaker', 'entity', 'lang', 'from', 'to', 'kind', 'quoteKind', 'outlet'];
const FILTER_LABELS = { q: 'words', speaker: 'speaker', entity: 'entity', lang: 'language', from: 'from', to: 'to',
  kind: 'type', quoteKind: 'quote kind', outlet: 'outlet' };

function field(id, label, control, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', { id: `${id}-hint` }, hint) : null);
}

function select(name, value, options) {
  return h('select', { id: `f-${name}`, name },
    options.map(([v, label]) => h('option', { value: v, selected: v === (value || '') }, label)));
}

function form(params) {
  const input = (name, type, extra) => h('input', { id: `f-${name}`, name, type, value: params.get(name) || '', ...extra });
  return h('form', { class: 'search-form', role: 'search', 'aria-label': 'Search the index', onsubmit: submit },
    h('div', { class: 'query-row' },
      h('label', { for: 'f-q', class: 'visually-hidden' }, 'Words'),
      input('q', 'search', { placeholder: 'mobilisation, "exact phrase", a OR b', 'aria-describedby': 'f-q-hint', autocomplete: 'off' }),
      h('button', { type: 'submit', class: 'primary' }, 'Search')),
    h('small', { id: 'f-q-hint' }, 'Lucene syntax: all words must match; French and English aware ("armée" finds "l\'armée").'),
    h('details', { class: 'filters', open: FILTERS.some(f => f !== 'q' && params.get(f)) },
      h('summary', {}, 'Filters'),
      h('div', { class: 'filter-grid' },
        field('f-speaker', 'Speaker', input('speaker', 'text', { autocomplete: 'off' })),
        field('f-entity', 'Entity named', input('entity', 'text', { autocomplete: 'off' })),
        field('f-lang', 'Language', select('lang', params.get('lang'),
          [['', 'Any'], ['fr', 'French'], ['en', 'English'], ['und', 'Undetermined']])),
        field('f-from', 'From', input('from', 'date')),
        field('f-to', 'To', input('to', 'date')),
        field('f-kind', 'Type', select('kind', params.get('kind'),
          [['', 'All'], ['quote', 'Quotations'], ['article', 'Articles'], ['entity', 'Entities']])),
        field('f-quoteKind', 'Quote kind', select('quoteKind', params.get('quoteKind'),
          [['', 'Any'], ['direct', 'Direct'], ['mixed', 'Mixed'], ['indirect', 'Indirect']])),
        field('f-outlet', 'Outlet', input('outlet', 'text', { autocomplete: 'off', placeholder: 'lemonde.fr' })))));
}

// A search sent from the form keeps the keyboard in the search box; one from a facet, a filter chip or the
// pager (whose control is gone once the page is redrawn) moves it to the results.
let fromForm = false;

/** The id of the element that takes the focus once a search page is drawn after a navigation. */
export function searchFocusTarget() {
  const target = fromForm ? 'f-q' : 'results-title';
  fromForm = false;
  return target;
}

function submit(event) {
  event.preventDefault();
  fromForm = true;
  const data = new FormData(event.target);
  const params = {};
  for (const name of FILTERS) {
    const value = String(data.get(name) || '').trim();
    if (value) params[name] = value;
  }
  // Quote kinds only exist on quotations.
  if (params.quoteKind && !params.kind) params.kind = 'quote';
  location.hash = route('search', params);
}

/** The filters of the current address, without paging. */
function filtersOf(params) {
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

function withFilter(filters, name, value) {
  const next = { ...filters, [name]: value };
  if (name === 'quoteKind' && !next.kind) next.kind = 'quote';
  return route('search', next);
}

function activeFilters(filters) {
  const names = Object.keys(filters).filter(n => n !== 'q');
  if (names.length === 0) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Active filters' }, names.map(name => {
    const rest = { ...filters };
    delete rest[name];
    return h('li', {}, h('span', {}, `${FILTER_LABELS[name]}: `, h('strong', {}, filters[name])), ' ',
      h('a', { href: route('search', rest), class: 'remove', 'aria-label': `Remove filter ${FILTER_LABELS[name]} ${filters[name]}` }, '×'));
  }));
}

function pager(filters, offset, total) {
  const prev = offset > 0 ? route('search', { ...filters, offset: Math.max(0, offset - PAGE_SIZE) || null }) : null;
  const next = offset + PAGE_SIZE < total && offset + PAGE_SIZE <= 10000 ? route('search', { ...filters, offset: offset + PAGE_SIZE }) : null;
  if (!prev && !next) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    prev ? h('a', { href: prev, rel: 'prev' }, '← Previous') : h('span', {}),
    h('span', {}, `Page ${Math.floor(offset / PAGE_SIZE) + 1} of ${Math.ceil(total / PAGE_SIZE)}`),
    next ? h('a', { href: next, rel: 'next' }, 'Next →') : h('span', {}));
}

export async function searchPage(main, params) {
  const filters = filtersOf(params);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-title', 'aria-busy': 'true' },
    h('h2', { id: 'results-title', tabindex: -1 }, 'Results'), h('p', { class: 'loading' }, 'Searching…'));
  const side = h('aside', { class: 'facets', 'aria-label': 'Refine' });
  const time = h('section', { class: 'days', 'aria-labelledby': 'days-title' });
  replace(main,
    h('h1', {}, 'Search'),
    form(params),
    activeFilters(filters),
    time,
    h('div', { class: 'columns' }, results, side));
  document.title = filters.q ? `${filters.q} – Veille` : 'Search – Veille';

  const add = name => value => { location.hash = withFilter(filters, name, value); };
  // Speakers are counted over quotations and entities over entity documents whatever type the hits are
  // restricted to; a speaker filter has no meaning for entity documents.
  const without = (...names) => Object.fromEntries(Object.entries(filters).filter(([n]) => !names.includes(n)));
  const [page, speakers, entities, outlets, days] = await Promise.allSettled([
    api.search(filters, offset, PAGE_SIZE),
    api.facet('speakers', without('kind'), 10),
    api.facet('entities', without('kind', 'quoteKind', 'speaker'), 10),
    api.facet('outlets', filters, 10),
    api.facet('days', filters),
  ]);
  results.removeAttribute('aria-busy');
  if (page.status === 'rejected') {
    replace(results, h('h2', { id: 'results-title', tabindex: -1 }, 'Results'), errorBox(page.reason));
    announce(`Search failed: ${page.reason.message}`);
    return;
  }
  const { total, hits } = page.value;
  const shown = hits.length === 0 ? 'No results.'
    : `${total} result${total === 1 ? '' : 's'}, ${offset + 1} to ${offset + hits.length}.`;
  replace(results,
    h('h2', { id: 'results-title', tabindex: -1 }, 'Results'),
    h('p', { class: 'count', id: 'result-count' }, shown),
    hits.length ? h('ol', { class: 'hits', start: offset + 1 }, hits.map(hit => h('li', {}, hitItem(hit)))) : null,
    pager(filters, offset, total));
  announce(shown);
  if (!window.veilleFirstResults) {
    // When the first results of this page load were on screen (docs/ui.md, render times).
    performance.mark('veille-first-results');
    window.veilleFirstResults = performance.now();
  }

  const facet = (settled, title, name, id) => settled.status === 'fulfilled'
    ? facetList(title, settled.value.counts, add(name), id) : null;
  replace(side,
    facet(speakers, 'Top speakers', 'speaker', 'facet-speakers'),
    facet(entities, 'Top entities', 'entity', 'facet-entities'),
    facet(outlets, 'Top outlets', 'outlet', 'facet-outlets'));
  const what = filters.entity ? `Mentions of ${filters.entity}` : filters.speaker ? `Quotations by ${filters.speaker}`
    : filters.q ? `Documents matching “${filters.q}”` : 'Documents';
  replace(time, h('h2', { id: 'days-title' }, 'Per day'),
    days.status === 'fulfilled' ? timeline(days.value.counts, `${what} per day`) : errorBox(days.reason));
}
