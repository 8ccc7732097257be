// Veille's web UI: one page, hash routes (docs/ui.md). The server only serves files; every view is drawn
// here from the JSON API.
//   #/search?q=…&speaker=…   search (the default)
//   #/article/ID?quote=N     an article, quotation N highlighted
//   #/entity/NAME            an entity page
//   #/analyse                analyse a pasted text

import { h, replace } from './dom.js';
import { searchPage, searchFocusTarget } from './search.js';
import { articlePage, entityPage, analysePage } from './pages.js';

const main = document.getElementById('main');
let firstRoute = true;

function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [page, ...rest] = path.split('/');
  return { page: page || 'search', arg: rest.map(decodeURIComponent).join('/'), params };
}

async function show() {
  const { page, arg, params } = parse(location.hash);
  document.querySelectorAll('[data-nav]').forEach(a => {
    if (a.dataset.nav === page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  let focusId = null;
  try {
    if (page === 'search') {
      await searchPage(main, params);
      focusId = searchFocusTarget();
    }
    else if (page === 'article' && arg) focusId = await articlePage(main, arg, params);
    else if (page === 'entity' && arg) await entityPage(main, arg, params);
    else if (page === 'analyse') analysePage(main);
    else replace(main, h('h1', {}, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/search' }, 'Search')));
  } catch (error) {
    replace(main, h('h1', {}, 'Something went wrong'), h('p', { role: 'alert' }, String(error.message || error)));
  }
  // After a navigation the keyboard starts at the new content (not on the first page load, where the
  // search box keeps its place); a highlighted quotation takes the focus itself.
  if (!firstRoute) {
    const target = (focusId && document.getElementById(focusId)) || main;
    target.focus({ preventScroll: focusId !== null });
    if (!focusId || page === 'search') window.scrollTo(0, 0);
  } else if (page === 'search') {
    const box = document.getElementById('f-q');
    if (box && !params.get('q')) box.focus();
  }
  firstRoute = false;
  document.body.dataset.ready = page;
}

window.addEventListener('hashchange', () => {
  // In-page anchors (#quote-3) are not routes.
  if (location.hash === '' || location.hash.startsWith('#/')) show();
});

// The skip link moves the focus without touching the address (which holds the route).
document.getElementById('skip-link').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

if (!location.hash.startsWith('#/')) history.replaceState(null, '', '#/search');
show();
