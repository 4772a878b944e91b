// Full-text search with highlighted snippets.
import { $, api, el, rendered } from './util.js';

function renderSnippet(snippet) {
  const out = el('p', { class: 'snippet' });
  let marked = false;
  for (const part of snippet.split(/([\u0002\u0003])/)) {
    if (part === '\u0002') marked = true;
    else if (part === '\u0003') marked = false;
    else if (part) out.append(marked ? el('mark', {}, part) : part);
  }
  return out;
}

let wired = false;

export async function showSearch(params) {
  const started = performance.now();
  if (!wired) {
    wired = true;
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const query = new URLSearchParams({ q: $('q').value.trim() });
      if ($('from').value) query.set('from', $('from').value);
      if ($('to').value) query.set('to', $('to').value);
      location.hash = '#/search?' + query;
    });
  }
  const status = $('search-status'), results = $('results');
  $('q').value = params.get('q') || '';
  $('from').value = params.get('from') || '';
  $('to').value = params.get('to') || '';
  results.replaceChildren();
  if (!params.get('q')) {
    status.textContent = '';
    rendered('search', started);
    return;
  }
  status.className = 'muted';
  status.textContent = 'Searching…';
  try {
    const query = new URLSearchParams({ q: params.get('q'), limit: '50' });
    for (const key of ['from', 'to']) if (params.get(key)) query.set(key, params.get(key));
    const data = await api('/api/search?' + query);
    status.textContent = data.hits.length ? `${data.hits.length} result${data.hits.length === 1 ? '' : 's'}` : 'No results';
    const back = location.hash;  // the article view's "back" returns here
    for (const hit of data.hits) {
      const href = '#/article/' + encodeURIComponent(hit.id) + '?' + new URLSearchParams({ back });
      results.append(el('li', { class: 'result' }, el('a', { href, class: 'result-title' }, hit.title || hit.id),
                        el('div', { class: 'muted' }, `${hit.date} · ${hit.source}`), renderSnippet(hit.snippet)));
    }
  } catch (error) {
    status.className = 'error';
    status.textContent = error.message;
  }
  rendered('search', started);
}
