// The eventwire archive page: plain DOM, no build step, works offline.
// All data comes from the JSON API of the same server (docs/api.md). Text is
// always inserted with textContent, never as HTML. Offsets from the API are
// Unicode code points; JavaScript strings index UTF-16 units, so every span
// goes through cpToUtf16 before slicing.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// utf16[i] = UTF-16 index of code point i (one entry past the end too).
function cpToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

// A snippet with \u0002…\u0003 marks → text nodes and <mark>s.
function renderSnippet(snippet) {
  const out = el('p', { class: 'snippet' });
  const parts = snippet.split(/([\u0002\u0003])/);
  let marked = false;
  for (const part of parts) {
    if (part === '\u0002') marked = true;
    else if (part === '\u0003') marked = false;
    else if (part) out.append(marked ? el('mark', {}, part) : part);
  }
  return out;
}

// ---- views ----

function show(view) {
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== 'view-' + view;
  for (const link of document.querySelectorAll('nav a'))
    link.classList.toggle('active', link.dataset.view === (view === 'article' ? 'search' : view));
}

async function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (path.startsWith('/article/')) {
    show('article');
    await showArticle(decodeURIComponent(path.slice('/article/'.length)));
  } else if (path === '/timeline') {
    show('timeline');
    await showTimeline();
  } else if (path === '/network') {
    show('network');
    await showNetwork();
  } else {
    show('search');
    if (params.get('q')) {
      $('q').value = params.get('q');
      $('from').value = params.get('from') || '';
      $('to').value = params.get('to') || '';
      await runSearch(params);
    }
  }
}

async function runSearch(params) {
  const status = $('search-status');
  const results = $('results');
  results.replaceChildren();
  status.className = 'muted';
  status.textContent = 'Searching…';
  try {
    const query = new URLSearchParams({ q: params.get('q'), limit: '50' });
    for (const key of ['from', 'to']) if (params.get(key)) query.set(key, params.get(key));
    const data = await api('/api/search?' + query);
    status.textContent = data.hits.length ? `${data.hits.length} results` : 'No results';
    for (const hit of data.hits) {
      const link = el('a', { href: '#/article/' + encodeURIComponent(hit.id), class: 'result-title' }, hit.title || hit.id);
      results.append(el('li', { class: 'result' }, link, el('div', { class: 'muted' }, `${hit.date} · ${hit.source}`),
                        renderSnippet(hit.snippet)));
    }
  } catch (error) {
    status.className = 'error';
    status.textContent = error.message;
  }
}

// Every annotation as {start, end, kind, label} in code points.
function annotations(doc) {
  const out = [];
  for (const e of doc.entities || [])
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, kind: 'ent', label: `${e.type} ${e.name}${e.actor_code ? ' [' + e.actor_code + ']' : ''}` });
  for (const q of doc.quotes || []) {
    const who = q.speaker ? q.speaker.text : 'unknown speaker';
    out.push({ start: q.content.start, end: q.content.end, kind: 'quote', label: `quote (${q.kind}) by ${who}` });
  }
  for (const v of doc.events || []) {
    const src = v.source ? `${v.source.text} [${v.source.actor_code}]` : '—';
    const tgt = v.target ? `${v.target.text} [${v.target.actor_code}]` : '—';
    out.push({ start: v.start, end: v.end, kind: 'event', label: `event ${v.code} ${v.plover || ''}: ${src} → ${tgt}, ${v.date}` });
  }
  for (const t of doc.times || []) out.push({ start: t.start, end: t.end, kind: 'time', label: `time ${t.type} ${t.value}` });
  for (const p of doc.places || [])
    out.push({ start: p.start, end: p.end, kind: 'place', label: `place ${p.name} (${p.country}) ${p.lat}, ${p.lon}` });
  return out.filter((a) => a.end > a.start);
}

// Splits [start, end) of the text at every annotation boundary; each piece
// carries the annotations covering it.
function renderRange(text, map, anns, start, end) {
  const cuts = new Set([start, end]);
  for (const a of anns) {
    if (a.start > start && a.start < end) cuts.add(a.start);
    if (a.end > start && a.end < end) cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; ++i) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = text.slice(map[s], map[e]);
    const covering = anns.filter((a) => a.start <= s && a.end >= e);
    if (!covering.length) {
      nodes.push(piece);
      continue;
    }
    const span = el('span', { class: 'ann ' + [...new Set(covering.map((a) => a.kind))].join(' ') }, piece);
    span.dataset.tip = covering.map((a) => a.label).join('\n');
    nodes.push(span);
  }
  return nodes;
}

async function showArticle(id) {
  const body = $('article-text');
  body.replaceChildren();
  $('article-title').textContent = 'Loading…';
  try {
    const doc = await api('/api/article?id=' + encodeURIComponent(id));
    $('article-title').textContent = doc.title || doc.id;
    $('article-meta').textContent = `${doc.date} · ${doc.source} · ${doc.id}`;
    const map = cpToUtf16(doc.text);
    const anns = annotations(doc);
    const title = doc.title_span || { start: 0, end: 0 };
    if (title.end > title.start) $('article-title').replaceChildren(...renderRange(doc.text, map, anns, title.start, title.end));
    const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: map.length - 1 }];
    for (const p of paragraphs) body.append(el('p', {}, ...renderRange(doc.text, map, anns, p.start, p.end)));
    const rows = $('article-events').tBodies[0];
    rows.replaceChildren();
    for (const v of doc.events || [])
      rows.append(el('tr', {}, el('td', {}, v.code), el('td', {}, v.source ? `${v.source.text} [${v.source.actor_code}]` : ''),
                     el('td', {}, doc.text.slice(map[v.start], map[v.end])),
                     el('td', {}, v.target ? `${v.target.text} [${v.target.actor_code}]` : ''), el('td', {}, v.date)));
  } catch (error) {
    $('article-title').textContent = error.message;
  }
}

// ---- timeline ----

const ROOT_NAMES = {
  '01': 'make statement', '02': 'appeal', '03': 'intend to cooperate', '04': 'consult', '05': 'diplomatic cooperation',
  '06': 'material cooperation', '07': 'provide aid', '08': 'yield', '09': 'investigate', '10': 'demand',
  '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'exhibit force posture',
  '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight', '20': 'mass violence',
};
const rootColor = (root) => `hsl(${((parseInt(root, 10) || 0) * 47) % 360} 60% 52%)`;

async function showTimeline() {
  const chart = $('timeline-chart');
  const query = new URLSearchParams();
  for (const [key, id] of [['actor', 'timeline-actor'], ['from', 'timeline-from'], ['to', 'timeline-to']])
    if ($(id).value.trim()) query.set(key, $(id).value.trim());
  try {
    const data = await api('/api/timeline?' + query);
    const periods = [...new Set(data.buckets.map((b) => b.period))].sort();
    const roots = [...new Set(data.buckets.map((b) => b.root_code))].sort();
    const totals = new Map(periods.map((p) => [p, 0]));
    for (const b of data.buckets) totals.set(b.period, totals.get(b.period) + b.count);
    const max = Math.max(1, ...totals.values());
    const width = 960, height = 320, left = 40, bottom = 40;
    const barWidth = periods.length ? (width - left) / periods.length : 0;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': 'events per month' });
    const stacked = new Map(periods.map((p) => [p, 0]));
    periods.forEach((p, i) => {
      for (const b of data.buckets.filter((x) => x.period === p)) {
        const h = (b.count / max) * (height - bottom - 10);
        const y = height - bottom - stacked.get(p) - h;
        stacked.set(p, stacked.get(p) + h);
        const rect = svg('rect', { x: left + i * barWidth, y, width: Math.max(1, barWidth - 1), height: h, fill: rootColor(b.root_code), class: 'bar' });
        rect.append(svg('title'));
        rect.lastChild.textContent = `${p} · ${b.root_code} ${ROOT_NAMES[b.root_code] || ''}: ${b.count}`;
        root.append(rect);
      }
      if (i % Math.ceil(periods.length / 12 || 1) === 0) {
        const label = svg('text', { x: left + i * barWidth, y: height - bottom + 14 });
        label.textContent = p;
        root.append(label);
      }
    });
    const axis = svg('text', { x: 0, y: 12 });
    axis.textContent = String(max);
    root.append(axis);
    chart.replaceChildren(root);
    $('timeline-legend').replaceChildren(...roots.map((r) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = rootColor(r);
      return el('span', {}, swatch, `${r} ${ROOT_NAMES[r] || ''}`);
    }));
  } catch (error) {
    chart.replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

// ---- network ----

async function showNetwork() {
  const chart = $('network-chart');
  const query = new URLSearchParams({ limit: '60' });
  for (const [key, id] of [['root', 'network-root'], ['from', 'network-from'], ['to', 'network-to']])
    if ($(id).value.trim()) query.set(key, $(id).value.trim());
  try {
    const data = await api('/api/network?' + query);
    const weight = new Map();
    for (const e of data.edges) {
      weight.set(e.source, (weight.get(e.source) || 0) + e.count);
      weight.set(e.target, (weight.get(e.target) || 0) + e.count);
    }
    const actors = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a));
    const size = 640, center = size / 2, radius = size / 2 - 70;
    const position = new Map(actors.map((a, i) => {
      const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
      return [a, [center + radius * Math.cos(angle), center + radius * Math.sin(angle)]];
    }));
    const maxCount = Math.max(1, ...data.edges.map((e) => e.count));
    const root = svg('svg', { viewBox: `0 0 ${size} ${size}`, width: '100%', role: 'img', 'aria-label': 'actor network' });
    for (const e of data.edges) {
      const [x1, y1] = position.get(e.source), [x2, y2] = position.get(e.target);
      const line = svg('line', { x1, y1, x2, y2, class: 'edge', 'stroke-width': 0.5 + (4 * e.count) / maxCount });
      line.append(svg('title'));
      line.lastChild.textContent = `${e.source} → ${e.target}: ${e.count}`;
      root.append(line);
    }
    const maxWeight = Math.max(1, ...weight.values());
    for (const a of actors) {
      const [x, y] = position.get(a);
      const group = svg('g', { class: 'node' });
      group.append(svg('circle', { cx: x, cy: y, r: 4 + (10 * weight.get(a)) / maxWeight }));
      const label = svg('text', { x: x + 12, y: y + 4 });
      label.textContent = a;
      group.append(label);
      root.append(group);
    }
    chart.replaceChildren(root);
  } catch (error) {
    chart.replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

// ---- wiring ----

function wire() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ q: $('q').value.trim() });
    if ($('from').value) query.set('from', $('from').value);
    if ($('to').value) query.set('to', $('to').value);
    location.hash = '#/?' + query;
  });
  $('timeline-form').addEventListener('submit', (event) => { event.preventDefault(); showTimeline(); });
  $('network-form').addEventListener('submit', (event) => { event.preventDefault(); showNetwork(); });
  $('back').addEventListener('click', (event) => { event.preventDefault(); history.back(); });
  const tip = $('tip');
  document.addEventListener('mouseover', (event) => {
    const target = event.target.closest && event.target.closest('[data-tip]');
    if (!target) { tip.hidden = true; return; }
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = Math.min(box.left, window.innerWidth - 420) + 'px';
    tip.style.top = box.bottom + 6 + 'px';
  });
  window.addEventListener('hashchange', route);
  api('/api/stats').then((s) => {
    $('stats').textContent = `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`;
  }).catch(() => {});
  route();
}

document.addEventListener('DOMContentLoaded', wire);
