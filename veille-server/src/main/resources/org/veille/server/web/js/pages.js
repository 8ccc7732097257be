// The article, entity and analyse pages.

import { h, replace, announce } from './dom.js';
import * as api from './api.js';
import { route, quoteCard, timeline, errorBox, entityLink } from './widgets.js';
import { recordView } from './record.js';

/** #/article/ID?quote=N: the stored record, quotation N (1-based, as in hit ids) highlighted. */
export async function articlePage(main, id, params) {
  const selected = Number(params.get('quote')) || null;
  replace(main, h('p', { class: 'loading' }, 'Loading the article…'));
  let record;
  try {
    record = await api.article(id);
  } catch (error) {
    replace(main, h('h1', {}, 'Article'), errorBox(error));
    return;
  }
  document.title = `${record.title || id} – Veille`;
  replace(main, h('article', { class: 'record' }, recordView(record, selected, { linkEntities: true, linkQuotes: true })));
  if (selected) {
    const mark = document.getElementById('selected-quote');
    if (mark) {
      mark.setAttribute('tabindex', '-1');
      mark.scrollIntoView({ block: 'center' });
      announce(`Quotation ${selected} highlighted in the text.`);
    } else if (record.quotes && record.quotes[selected - 1] && record.quotes[selected - 1].inTitle) {
      announce('The quotation is in the headline.');
    }
  }
  return selected ? 'selected-quote' : null;
}

/** #/entity/NAME: what it says, what is said of it, mentions per day, who appears beside it. */
export async function entityPage(main, ref, params) {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  const query = { lang: params.get('lang'), from: params.get('from'), to: params.get('to'), limit: 20 };
  let page;
  try {
    page = await api.entity(ref, query);
  } catch (error) {
    replace(main, h('h1', {}, ref), errorBox(error));
    return;
  }
  document.title = `${page.name} – Veille`;
  const quotes = (list, empty) => list.hits.length === 0 ? h('p', { class: 'muted' }, empty)
    : h('ol', { class: 'hits' }, list.hits.map(hit => h('li', {}, quoteCard(hit))));
  const more = (list, filter) => list.total > list.hits.length
    ? h('p', {}, h('a', { href: route('search', { kind: 'quote', ...filter }) }, `All ${list.total} in the search`)) : null;
  replace(main,
    h('h1', {}, page.name),
    h('p', { class: 'meta' },
      page.type ? h('span', { class: `badge type-${page.type.toLowerCase()}` }, page.type.toLowerCase()) : null,
      h('span', {}, `named in ${page.articles} article${page.articles === 1 ? '' : 's'}`),
      h('a', { href: route('search', { entity: page.name }) }, 'Search the articles naming it')),
    h('section', { 'aria-labelledby': 'mentions-title' },
      h('h2', { id: 'mentions-title' }, 'Mentions per day'),
      timeline(page.days, `Articles naming ${page.name} per day`)),
    h('div', { class: 'columns' },
      h('div', {},
        h('section', { 'aria-labelledby': 'by-title' },
          h('h2', { id: 'by-title' }, `Quotations by ${page.name} (${page.quotesBy.total})`),
          quotes(page.quotesBy, 'None.'), more(page.quotesBy, { speaker: page.name })),
        h('section', { 'aria-labelledby': 'about-title' },
          h('h2', { id: 'about-title' }, `Quotations about ${page.name} (${page.quotesAbout.total})`),
          quotes(page.quotesAbout, 'None.'), more(page.quotesAbout, { entity: page.name }))),
      h('aside', { class: 'facets', 'aria-labelledby': 'co-title' },
        h('h2', { id: 'co-title' }, 'Named beside it'),
        page.coMentioned.length === 0 ? h('p', { class: 'muted' }, 'No other entity.')
          : h('ul', { class: 'co-mentioned' }, page.coMentioned.map(c => h('li', {},
            entityLink(c.value), h('span', { class: 'count' }, ` ${c.count}`)))))));
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many || `${one}s`}`;
}

const SAMPLE = 'Le ministre a visité Minsk mardi.\n'
  + '« Nous sommes prêts à discuter », a déclaré Viktor Khrenin devant les journalistes.';

/** #/analyse: paste a text or a page, see what the pipeline finds in it. Nothing is stored. */
export function analysePage(main) {
  document.title = 'Analyse a text – Veille';
  const output = h('section', { class: 'analysis', 'aria-labelledby': 'analysis-title', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const textarea = h('textarea', { id: 'a-text', name: 'text', rows: 12, required: true, 'aria-describedby': 'a-text-hint',
    placeholder: SAMPLE, spellcheck: 'false' });
  const language = h('select', { id: 'a-lang', name: 'language' },
    h('option', { value: '' }, 'Detect'), h('option', { value: 'fr' }, 'French'), h('option', { value: 'en' }, 'English'));
  async function submit(event) {
    event.preventDefault();
    const text = textarea.value;
    if (!text.trim()) { textarea.focus(); return; }
    button.disabled = true;
    replace(output, h('p', { class: 'loading' }, 'Analysing… (the first text of a language loads its models: a few seconds)'));
    try {
      const record = await api.analyze(text, language.value);
      const found = `${plural((record.quotes || []).length, 'quotation')} and ${plural((record.entities || []).length, 'entity', 'entities')} found.`;
      replace(output, h('h2', { id: 'analysis-title' }, 'Analysis'), h('p', { id: 'analysis-summary' }, found),
        h('div', { class: 'record' }, recordView(record, null, { linkEntities: false, linkQuotes: true })));
      announce(found);
    } catch (error) {
      replace(output, h('h2', { id: 'analysis-title' }, 'Analysis'), errorBox(error));
    } finally {
      button.disabled = false;
    }
  }
  replace(main,
    h('h1', {}, 'Analyse a text'),
    h('form', { class: 'analyse-form', onsubmit: submit },
      h('div', { class: 'field' },
        h('label', { for: 'a-text' }, 'Article text or HTML page'),
        textarea,
        h('small', { id: 'a-text-hint' }, 'One paragraph per line, or a whole HTML page. Nothing is stored.')),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'a-lang' }, 'Language'), language),
        button)),
    output);
}
