// The JSON API of docs/api.md. Errors come back as {status, error, message}: thrown as ApiError.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function read(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, 'unreadable', `the server answered ${response.status} without JSON`);
  }
  if (!response.ok) {
    throw new ApiError(response.status, body.error || 'error', body.message || `HTTP ${response.status}`);
  }
  return body;
}

/** GET path with the non-empty values of params as the query string. */
export async function get(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const qs = query.toString();
  return read(await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } }));
}

export function search(filters, offset, limit) {
  return get('/api/search', { ...filters, offset: offset || null, limit });
}

export function facet(name, filters, limit) {
  return get(`/api/facets/${name}`, { ...filters, limit: name === 'days' ? null : limit });
}

export function article(id) {
  return get(`/api/articles/${encodeURIComponent(id)}`);
}

/** ref: a name, or `<record id>/e<n>` (its slash kept). */
export function entity(ref, params) {
  const path = ref.split('/').map(encodeURIComponent).join('/');
  return get(`/api/entities/${path}`, params);
}

/** Sends a pasted text as JSON, or as a page when it looks like HTML. language: 'fr', 'en' or '' (detect). */
export async function analyze(text, language) {
  const looksLikeHtml = /^\s*(<!doctype|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
  const request = looksLikeHtml && !language
    ? { method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: text }
    : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(language ? { text: looksLikeHtml ? htmlToText(text) : text, language } : { text }),
    };
  return read(await fetch('/api/analyze', request));
}

/** The visible text of an HTML page, one block per line, parsed inertly (no script runs, nothing loads). */
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template').forEach(n => n.remove());
  const blocks = [...doc.body.querySelectorAll('h1, h2, h3, p, li, blockquote, figcaption')]
    .filter(n => !n.querySelector('p, li'))
    .map(n => n.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length ? blocks.join('\n') : doc.body.textContent;
}
