// Offsets and marks. Records count Unicode code points (docs/output-format.md); JavaScript strings count
// UTF-16 units, so a character outside the BMP (an emoji, 𝔸) is one code point but two units.

import { h } from './dom.js';

/**
 * Returns a function from a code point offset in text to the UTF-16 offset of the same place.
 * Offsets past the end map to text.length.
 */
export function codePointsToUnits(text) {
  const units = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    units.push(i + 1);
  }
  return cp => units[Math.max(0, Math.min(cp, units.length - 1))];
}

/**
 * Appends text to container with spans marked, nested when one lies inside another (an entity inside a
 * quotation). spans: {start, end, make: () => Element, after?: () => Node}, offsets in UTF-16 units
 * relative to text. A span that crosses the boundary of an enclosing or earlier one is left out, so the
 * text itself is always shown whole and in order.
 */
export function appendMarked(container, text, spans) {
  const sorted = spans
    .filter(s => s.start < s.end && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  render(container, text, 0, text.length, sorted);
  return container;
}

function render(container, text, from, to, spans) {
  let pos = from;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    if (span.start < pos) { i++; continue; }
    const inner = [];
    let j = i + 1;
    for (; j < spans.length && spans[j].start < span.end; j++) {
      if (spans[j].end <= span.end) inner.push(spans[j]);
    }
    if (span.start > pos) container.append(document.createTextNode(text.slice(pos, span.start)));
    const el = span.make();
    render(el, text, span.start, span.end, inner);
    container.append(el);
    if (span.after) container.append(span.after());
    pos = span.end;
    i = j;
  }
  if (pos < to) container.append(document.createTextNode(text.slice(pos, to)));
}

/** A search snippet ({text, marks: [[start, end]...]} in UTF-16 units) with its matches in <mark>. */
export function snippet(snip, attrs) {
  const spans = (snip.marks || []).map(([start, end]) => ({ start, end, make: () => h('mark', { class: 'hit' }) }));
  return appendMarked(h('span', attrs || { class: 'snippet' }), snip.text, spans);
}

/**
 * Lays spans given in code points over the record's text out over its paragraphs (the text is the
 * paragraphs joined by a blank line). Returns, per paragraph, the spans in UTF-16 units relative to it;
 * a span over several paragraphs is cut at each paragraph's end.
 * spans: {start, end, ...rest} in code points; the rest is kept.
 */
export function spansByParagraph(paragraphs, spans) {
  const text = paragraphs.join('\n\n');
  const toUnits = codePointsToUnits(text);
  const starts = [];
  let at = 0;
  for (const p of paragraphs) { starts.push(at); at += p.length + 2; }
  const result = paragraphs.map(() => []);
  for (const span of spans) {
    const start = toUnits(span.start);
    const end = toUnits(span.end);
    paragraphs.forEach((p, n) => {
      const from = Math.max(start, starts[n]);
      const to = Math.min(end, starts[n] + p.length);
      if (from < to) result[n].push({ ...span, start: from - starts[n], end: to - starts[n], first: start >= starts[n] });
    });
  }
  return result;
}
