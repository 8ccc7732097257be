// A veille.article/4 record drawn as a page: the stored article page and the analyse page share it.

import { h, langOf, day } from './dom.js';
import { appendMarked, spansByParagraph, codePointsToUnits } from './text.js';
import { entityLink } from './widgets.js';

const TYPE_LABELS = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other name' };

/** Spans in code points for the record's entity mentions and quotations (quotes in the body only). */
function bodySpans(record, selected) {
  const spans = [];
  (record.entities || []).forEach(entity => entity.mentions.forEach(m => spans.push({
    start: m.start, end: m.end,
    make: () => h('mark', { class: `entity type-${entity.type.toLowerCase()}`, title: `${entity.name} (${TYPE_LABELS[entity.type] || entity.type})` }),
  })));
  (record.quotes || []).forEach((quote, i) => {
    if (!quote.inTitle) spans.push(quoteSpan(quote, i, selected));
  });
  return spans;
}

function quoteSpan(quote, i, selected) {
  const isSelected = i + 1 === selected;
  return {
    start: quote.start, end: quote.end, quote, index: i + 1,
    make() {
      return h('mark', { class: `quote kind-${quote.kind}${isSelected ? ' selected' : ''}`,
        id: isSelected && this.first !== false ? 'selected-quote' : null,
        'data-quote': i + 1, title: `${quote.kind} quotation by ${quote.speaker || 'an unknown speaker'}` });
    },
    after() {
      return h('span', { class: 'who' }, `— ${quote.speaker || 'unknown speaker'}`);
    },
  };
}

function paragraphs(record, selected) {
  const paras = record.paragraphs || [];
  const laid = spansByParagraph(paras, bodySpans(record, selected));
  return paras.map((p, n) => {
    // Only the first piece of a quotation cut over paragraphs carries its id and speaker label.
    const spans = laid[n].map(s => ({ ...s, make: s.make, after: s.after && s.first ? s.after : undefined }));
    return appendMarked(h('p', {}), p, spans);
  });
}

function title(record, selected) {
  if (!record.title) return null;
  const toUnits = codePointsToUnits(record.title);
  const spans = (record.quotes || []).map((q, i) => [q, i]).filter(([q]) => q.inTitle)
    .map(([q, i]) => ({ ...quoteSpan(q, i, selected), start: toUnits(q.start), end: toUnits(q.end), after: undefined }));
  return appendMarked(h('h1', { lang: langOf(record.language), id: 'article-title' }), record.title, spans);
}

function metaLine(record) {
  const parts = [];
  if (record.site) parts.push(h('span', {}, record.site));
  if (record.authors && record.authors.length) parts.push(h('span', {}, record.authors.join(', ')));
  if (record.published) parts.push(h('time', { datetime: record.published }, day(record.published)));
  if (record.section) parts.push(h('span', {}, record.section));
  if (record.language) parts.push(h('span', {}, `language: ${record.language}`));
  // The URL comes from the page itself: only web addresses become links (never javascript: or data:).
  if (record.url && /^https?:\/\//i.test(record.url)) {
    parts.push(h('a', { href: record.url, rel: 'noopener noreferrer nofollow' }, 'original page'));
  }
  return h('p', { class: 'meta' }, parts);
}

/** The whole record: title, meta, marked body, captions, then lists of quotations, entities and dates. */
export function recordView(record, selected, options) {
  const lang = langOf(record.language);
  return [
    title(record, selected),
    metaLine(record),
    legend(),
    h('div', { class: 'article-body', lang }, paragraphs(record, selected)),
    record.captions && record.captions.length
      ? h('section', { 'aria-labelledby': 'captions-title' }, h('h2', { id: 'captions-title' }, 'Captions'),
        h('ul', { class: 'captions', lang }, record.captions.map(c => h('li', {}, c))))
      : null,
    quoteList(record, selected, options),
    entityList(record, options),
    dateList(record),
  ];
}

function legend() {
  return h('p', { class: 'legend', 'aria-label': 'Marks' },
    h('mark', { class: 'quote kind-direct' }, 'direct quotation'), ' ',
    h('mark', { class: 'quote kind-mixed' }, 'mixed'), ' ',
    h('mark', { class: 'quote kind-indirect' }, 'indirect'), ' ',
    h('mark', { class: 'entity type-person' }, 'person'), ' ',
    h('mark', { class: 'entity type-organization' }, 'organisation'), ' ',
    h('mark', { class: 'entity type-location' }, 'place'), ' ',
    h('mark', { class: 'entity type-misc' }, 'other name'));
}

function quoteList(record, selected, options) {
  const quotes = record.quotes || [];
  return h('section', { 'aria-labelledby': 'quotes-title' },
    h('h2', { id: 'quotes-title' }, `Quotations (${quotes.length})`),
    quotes.length === 0 ? h('p', { class: 'muted' }, 'None found.') : h('ol', { class: 'quote-list' }, quotes.map((q, i) =>
      h('li', { class: i + 1 === selected ? 'selected' : null },
        h('p', { class: 'speaker' }, q.speaker
          ? (options.linkEntities ? entityLink(q.speaker) : h('strong', {}, q.speaker))
          : h('span', { class: 'muted' }, 'unknown speaker'),
        ' ', h('span', { class: `badge kind-${q.kind}` }, q.kind),
        q.cue ? h('span', { class: 'muted' }, ` cue: “${q.cue}”`) : null,
        q.inTitle ? h('span', { class: 'muted' }, ' (headline)') : null),
        h('blockquote', { lang: langOf(record.language) }, q.text),
        options.linkQuotes && !q.inTitle
          ? h('a', { href: `#quote-${i + 1}`, class: 'show-quote', 'data-quote': i + 1,
            onclick: e => { e.preventDefault(); focusQuote(i + 1); } }, 'Show in the text')
          : null))));
}

/** Scrolls to a quotation's mark in the body and moves the focus there. */
export function focusQuote(n) {
  const mark = document.querySelector(`.article-body mark.quote[data-quote="${n}"]`);
  if (!mark) return;
  document.querySelectorAll('mark.quote.selected').forEach(m => m.classList.remove('selected'));
  mark.classList.add('selected');
  mark.setAttribute('tabindex', '-1');
  mark.focus();
  mark.scrollIntoView({ block: 'center' });
}

function entityList(record, options) {
  const entities = record.entities || [];
  return h('section', { 'aria-labelledby': 'entities-title' },
    h('h2', { id: 'entities-title' }, `Entities (${entities.length})`),
    entities.length === 0 ? h('p', { class: 'muted' }, record.entities ? 'None found.' : 'Not analysed.')
      : h('ul', { class: 'entity-list' }, entities.map(e => h('li', {},
        options.linkEntities ? entityLink(e.name) : h('strong', { lang: langOf(record.language) }, e.name), ' ',
        h('span', { class: `badge type-${e.type.toLowerCase()}` }, TYPE_LABELS[e.type] || e.type),
        h('span', { class: 'muted' }, ` ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`)))));
}

function dateList(record) {
  const dates = record.dates || [];
  if (dates.length === 0) return null;
  return h('section', { 'aria-labelledby': 'dates-title' },
    h('h2', { id: 'dates-title' }, `Dates (${dates.length})`),
    h('ul', {}, dates.map(d => h('li', {}, h('span', { lang: langOf(record.language) }, `“${d.text}”`), ' → ',
      d.value ? h('time', {}, d.value) : h('span', { class: 'muted' }, 'unresolved')))));
}
