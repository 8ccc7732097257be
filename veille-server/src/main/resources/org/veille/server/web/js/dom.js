// Building the page: every piece of data goes in as a text node or an attribute, never as markup.

/**
 * Creates an element. attrs: attributes (class, href, lang...), `on*` functions become listeners, null and
 * false values are left out. Children: nodes, strings (as text), arrays of either, null (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A `lang` attribute value for a record language, or null when unknown (`und`). */
export function langOf(code) {
  return code && code !== 'und' ? code : null;
}

/** Says something to screen readers through the page's live region. */
export function announce(message) {
  const region = document.getElementById('announce');
  region.textContent = '';
  // A new text node after a tick, so the same message twice is read twice.
  setTimeout(() => { region.textContent = message; }, 50);
}

/** "2023-02-21T09:30:00+01:00" → "2023-02-21"; null stays null. */
export function day(published) {
  return published ? published.slice(0, 10) : null;
}
