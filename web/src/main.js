// The eventwire archive page: a hash router over the views. All data comes
// from the JSON API of the same server (docs/api.md); bundled with its npm
// libraries by web/build.mjs, so it works offline.
import { $, api, number } from './util.js';
import { showOverview } from './overview.js';
import { showSearch } from './search.js';
import { showArticle } from './article.js';
import { showNetwork } from './network.js';
import { showActor } from './actor.js';
import { showMap } from './map.js';

const VIEWS = ['overview', 'search', 'article', 'network', 'actor', 'map'];

function show(view) {
  for (const name of VIEWS) $('view-' + name).hidden = name !== view;
  const nav = view === 'article' ? 'search' : view === 'actor' ? 'network' : view;
  for (const a of document.querySelectorAll('nav a')) {
    const active = a.dataset.view === nav;
    a.classList.toggle('active', active);
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function route(event) {
  const hash = location.hash.slice(1) || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  document.body.dataset.rendered = '';
  $('tip').hidden = true;
  let view = 'overview', run;
  if (path.startsWith('/article/')) {
    view = 'article';
    run = () => showArticle(decodeURIComponent(path.slice('/article/'.length)), params);
  } else if (path.startsWith('/actor/')) {
    view = 'actor';
    run = () => showActor(decodeURIComponent(path.slice('/actor/'.length)));
  } else if (path === '/search') {
    view = 'search';
    run = () => showSearch(params);
  } else if (path === '/network') {
    view = 'network';
    run = () => showNetwork(params);
  } else if (path === '/map') {
    view = 'map';
    run = () => showMap(params);
  } else {
    run = () => showOverview();
  }
  show(view);
  $('header-q').value = view === 'search' ? params.get('q') || '' : '';
  await run();
  // After a navigation (not on the first load) keyboard users land on the view's heading.
  const heading = $('view-' + view).querySelector('h1');
  const inView = $('view-' + view).contains(document.activeElement);
  if (event && heading && !inView) heading.focus({ preventScroll: true });
}

function wireTooltip() {
  const tip = $('tip');
  const place = (target) => {
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - 420)) + 'px';
    tip.style.top = box.bottom + 6 + 'px';
  };
  document.addEventListener('mouseover', (event) => {
    const target = event.target.closest && event.target.closest('[data-tip]');
    if (target) place(target);
    else tip.hidden = true;
  });
  document.addEventListener('focusin', (event) => {
    const target = event.target.closest && event.target.closest('[data-tip]');
    if (target) place(target);
    else tip.hidden = true;
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') tip.hidden = true; });
}

function wire() {
  document.body.classList.add('ready');
  $('header-search').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $('header-q').value.trim();
    if (q) location.hash = '#/search?' + new URLSearchParams({ q });
  });
  wireTooltip();
  window.addEventListener('hashchange', route);
  api('/api/overview').then(({ totals: s }) => {
    $('stats').textContent = `${number(s.articles)} articles · ${number(s.events)} events · ${number(s.quotes)} quotes`;
  }).catch(() => {});
  route();
}

document.addEventListener('DOMContentLoaded', wire);
