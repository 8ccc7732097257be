// Pieces shared by the pages: links, quote cards, result items, the day timeline, facet lists.

import { h, langOf, day } from './dom.js';
import { snippet } from './text.js';

/** A hash route with its parameters, e.g. route('search', {speaker: 'X'}) → '#/search?speaker=X'. */
export function route(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const qs = query.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export function entityLink(name, attrs) {
  return h('a', { href: route(`entity/${encodeURIComponent(name)}`), ...attrs }, name);
}

/** `<record id>/q3` → ['<record id>', 3]. */
function quoteRef(id) {
  const match = /^(.+)\/q(\d+)$/.exec(id || '');
  return match ? [match[1], Number(match[2])] : [null, null];
}

const KIND_LABELS = { direct: 'direct', mixed: 'mixed', indirect: 'indirect' };

/** A quotation hit: speaker, words, kind, outlet, date, and a link to it in its article. */
export function quoteCard(hit) {
  const [articleId, n] = quoteRef(hit.id);
  const words = hit.snippet ? snippet(hit.snippet, { class: 'snippet' }) : hit.text;
  return h('article', { class: 'card quote-card', 'data-id': hit.id },
    h('p', { class: 'speaker' },
      hit.speaker ? entityLink(hit.speaker, { class: 'speaker-link' }) : h('span', { class: 'muted' }, 'Unknown speaker')),
    h('blockquote', { lang: langOf(hit.language), class: `quote kind-${hit.quoteKind}` }, words),
    h('p', { class: 'meta' },
      hit.quoteKind ? h('span', { class: `badge kind-${hit.quoteKind}` }, KIND_LABELS[hit.quoteKind] || hit.quoteKind) : null,
      hit.outlet ? h('span', {}, hit.outlet) : null,
      day(hit.published) ? h('time', { datetime: day(hit.published) }, day(hit.published)) : null,
      articleId ? h('a', { href: route(`article/${articleId}`, { quote: n }), class: 'context-link' },
        'Read in context', h('span', { class: 'visually-hidden' }, hit.title ? `: ${hit.title}` : '')) : null));
}

/** An article hit: its title as a link, meta, snippet. */
function articleItem(hit) {
  return h('article', { class: 'card article-card', 'data-id': hit.id },
    h('h3', { lang: langOf(hit.language) },
      h('a', { href: route(`article/${hit.id}`) }, hit.title || hit.url || hit.id)),
    meta(hit, 'article'),
    hit.snippet ? h('p', { lang: langOf(hit.language) }, snippet(hit.snippet)) : null);
}

/** An entity hit: the entity page link, its type, the article naming it. */
function entityItem(hit) {
  return h('article', { class: 'card entity-card', 'data-id': hit.id },
    h('h3', {}, entityLink(hit.text || hit.id), ' ',
      hit.entityType ? h('span', { class: `badge type-${hit.entityType.toLowerCase()}` }, hit.entityType.toLowerCase()) : null),
    meta(hit, 'entity'),
    hit.articleId ? h('p', { lang: langOf(hit.language) }, 'In ',
      h('a', { href: route(`article/${hit.articleId}`) }, hit.title || hit.articleId)) : null);
}

function meta(hit, type) {
  return h('p', { class: 'meta' },
    h('span', { class: 'badge' }, type),
    hit.outlet ? h('span', {}, hit.outlet) : null,
    day(hit.published) ? h('time', { datetime: day(hit.published) }, day(hit.published)) : null,
    hit.language ? h('span', {}, hit.language) : null,
    hit.duplicateOf ? h('span', { class: 'muted' }, `copy of ${hit.duplicateOf}`) : null);
}

export function hitItem(hit) {
  if (hit.type === 'quote') return quoteCard(hit);
  if (hit.type === 'entity') return entityItem(hit);
  return articleItem(hit);
}

/**
 * Counts per day as inline SVG bars, every day of the range drawn (empty days as gaps), with a text
 * summary for screen readers and a tooltip per bar. counts: [{value: 'YYYY-MM-DD', count}], day order.
 */
export function timeline(counts, label) {
  if (!counts || counts.length === 0) return h('p', { class: 'muted' }, 'No dated documents.');
  const byDay = new Map(counts.map(c => [c.value, c.count]));
  const first = Date.parse(counts[0].value + 'T00:00:00Z');
  const last = Date.parse(counts[counts.length - 1].value + 'T00:00:00Z');
  const span = Math.round((last - first) / 86400000) + 1;
  // Past two years of days the bars would be thinner than a pixel: draw only the days that have counts.
  const days = span <= 730
    ? Array.from({ length: span }, (_, i) => new Date(first + i * 86400000).toISOString().slice(0, 10))
    : counts.map(c => c.value);
  const max = Math.max(...counts.map(c => c.count));
  const peak = counts.find(c => c.count === max);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const width = 600;
  const height = 80;
  // One slot per day; bars no wider than 24 units, so a few days do not look like a wall.
  const slot = width / days.length;
  const barWidth = Math.max(1, Math.min(24, slot * 0.8));
  const summary = `${label}: ${total} in ${counts.length} day${counts.length === 1 ? '' : 's'} from ${counts[0].value} `
    + `to ${counts[counts.length - 1].value}; most on ${peak.value} (${max}).`;
  // The figure's caption is the text alternative; the bars themselves are hidden from screen readers.
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', 'aria-hidden': 'true',
    preserveAspectRatio: 'none', focusable: 'false' });
  days.forEach((d, i) => {
    const count = byDay.get(d) || 0;
    if (count === 0) return;
    const barHeight = Math.max(2, (count / max) * (height - 4));
    svg.append(h('svg:rect', { x: (i * slot + (slot - barWidth) / 2).toFixed(2), y: (height - barHeight).toFixed(2),
      width: barWidth.toFixed(2), height: barHeight.toFixed(2), class: 'bar', 'data-day': d },
    h('svg:title', {}, `${d}: ${count}`)));
  });
  svg.append(h('svg:line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, class: 'axis', 'vector-effect': 'non-scaling-stroke' }));
  const ticks = h('div', { class: 'ticks', 'aria-hidden': 'true' },
    h('span', {}, days[0]), days.length > 1 ? h('span', {}, days[days.length - 1]) : null);
  return h('figure', { class: 'timeline-figure' }, svg, ticks, h('figcaption', {}, summary));
}

/** A list of facet values, each a button that calls choose(value). */
export function facetList(title, counts, choose, id) {
  return h('section', { class: 'facet', 'aria-labelledby': id },
    h('h3', { id }, title),
    counts.length === 0
      ? h('p', { class: 'muted' }, 'None.')
      : h('ul', {}, counts.map(c => h('li', {},
        h('button', { type: 'button', class: 'facet-value', onclick: () => choose(c.value),
          'aria-label': `${c.value}, ${c.count}: add as a filter` },
        h('span', { class: 'value' }, c.value), h('span', { class: 'count' }, String(c.count)))))));
}

/** A message for a failed request. */
export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, h('strong', {}, 'Error: '), error.message || String(error)));
}
