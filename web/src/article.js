// One article: its text with every annotation highlighted (details on hover
// or focus), the full event table, entities, quotes, places on a small map,
// the original URL, and "back" to the search (or view) it was opened from.
import { drawWorld } from './worldmap.js';
import { $, actorLink, api, cpToUtf16, el, quadBadge, quadColor, quadName, rendered, signed } from './util.js';

// The place of an event: `location` is a place id (today) or an object with
// name/lat/lon (tolerated, should the schema grow one).
function eventPlace(doc, v) {
  const loc = v.location;
  if (!loc) return null;
  if (typeof loc === 'object') return loc;
  return (doc.places || []).find((p) => p.id === loc) || { name: loc };
}

function annotations(doc) {
  const out = [];
  const entityName = new Map((doc.entities || []).map((e) => [e.id, e]));
  for (const e of doc.entities || [])
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, kind: 'ent', label: `${e.type} ${e.name}${e.actor_code ? ' [' + e.actor_code + ']' : ''}` });
  for (const q of doc.quotes || []) {
    const speaker = q.speaker ? (entityName.get(q.speaker.entity)?.name || q.speaker.text) : 'unknown speaker';
    out.push({ start: q.content.start, end: q.content.end, kind: 'quote', label: `quote (${q.kind}) by ${speaker}` });
  }
  for (const v of doc.events || []) {
    const side = (a) => (a ? `${entityName.get(a.entity)?.name || a.text} [${a.actor_code || '—'}]` : '—');
    const modality = v.modality && v.modality !== 'asserted' ? `, ${v.modality}` : '';
    out.push({ start: v.start, end: v.end, kind: 'event',
               label: `event ${v.code} ${v.plover || ''} (QuadClass ${v.quad_class}, Goldstein ${signed(v.goldstein)}${modality}${v.negated ? ', negated' : ''}): ${side(v.source)} → ${side(v.target)}, ${v.date}` });
  }
  for (const t of doc.times || []) out.push({ start: t.start, end: t.end, kind: 'time', label: `time ${t.type} ${t.value}` });
  for (const p of doc.places || [])
    out.push({ start: p.start, end: p.end, kind: 'place', label: `place ${p.name} (${p.country}) ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` });
  return out.filter((a) => a.end > a.start);
}

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

const table = (node, headers, rows) =>
  node.replaceChildren(el('thead', {}, el('tr', {}, headers.map((h) => el('th', { class: h.endsWith('#') ? 'num' : '' }, h.replace('#', ''))))),
                       el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { class: 'muted', colSpan: headers.length }, 'none'))]));

export async function showArticle(id, params) {
  const started = performance.now();
  const back = params.get('back');
  $('back').href = back || '#/search';
  $('back').textContent = back && back.startsWith('#/search') ? '← back to the results' : back ? '← back' : '← search';
  const body = $('article-text');
  body.replaceChildren();
  $('article-title').textContent = 'Loading…';
  $('article-meta').replaceChildren();
  try {
    const doc = await api('/api/article?id=' + encodeURIComponent(id));
    $('article-title').textContent = doc.title || doc.id;
    $('article-meta').replaceChildren(`${doc.date} · ${doc.source || 'no outlet'} · ${doc.id}`,
      doc.url ? el('span', {}, ' · ', el('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original article ↗')) : '');
    const map = cpToUtf16(doc.text);
    const anns = annotations(doc);
    const title = doc.title_span || { start: 0, end: 0 };
    if (title.end > title.start) $('article-title').replaceChildren(...renderRange(doc.text, map, anns, title.start, title.end));
    const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: map.length - 1 }];
    for (const p of paragraphs) body.append(el('p', {}, ...renderRange(doc.text, map, anns, p.start, p.end)));

    const entities = new Map((doc.entities || []).map((e) => [e.id, e]));
    const sentences = doc.sentences || [];
    const sentenceText = (i) => {
      const s = sentences.find((x) => x.id === i) || sentences[i];
      return s ? doc.text.slice(map[s.start], map[s.end]) : '';
    };
    const arg = (a) => (a ? actorLink(a.actor_code, entities.get(a.entity)?.name, a.text) : el('span', { class: 'muted' }, '—'));
    const hasModality = (doc.events || []).some((v) => v.modality);
    table($('article-events'),
      ['date', 'source', 'event', 'QuadClass', 'Goldstein#', 'target', ...(hasModality ? ['modality'] : []), 'place', 'conf.#', 'sentence'],
      (doc.events || []).map((v) => {
        const place = eventPlace(doc, v);
        const verbText = doc.text.slice(map[v.start], map[v.end]);
        const s = sentenceText(v.sentence);
        const at = s.indexOf(verbText);
        const sentence = at >= 0 ? el('span', {}, s.slice(0, at), el('mark', { class: 'verb' }, verbText), s.slice(at + verbText.length)) : s;
        const reporters = (v.reported_by || []).map((r) => entities.get(r)?.name || r);
        return el('tr', {},
          el('td', { class: 'nowrap' }, v.date, v.date_source && v.date_source !== 'article' ? el('div', { class: 'muted small' }, v.date_source) : ''),
          el('td', {}, arg(v.source)),
          el('td', {}, quadBadge(v.quad_class, v.code, v.plover)),
          el('td', { class: 'nowrap' }, el('span', { class: 'quad-dot', title: String(v.quad_class) }, ''), quadName(v.quad_class).replace('cooperation', 'coop.')),
          el('td', { class: 'num' }, signed(v.goldstein)),
          el('td', {}, arg(v.target)),
          ...(hasModality ? [el('td', {}, v.modality || '')] : []),
          el('td', {}, place ? `${place.name || ''}${place.country ? ' (' + place.country + ')' : ''}` : ''),
          el('td', { class: 'num' }, (v.confidence ?? 0).toFixed(2)),
          el('td', { class: 'sentence' }, sentence, v.negated ? el('div', { class: 'modality' }, 'negated') : '',
             reporters.length ? el('div', { class: 'muted small' }, 'reported by ' + reporters.join(', ')) : ''));
      }));
    for (const dot of $('article-events').querySelectorAll('.quad-dot')) dot.style.background = quadColor(Number(dot.title));

    table($('article-entities'), ['name', 'type', 'code', 'mentions#'],
      (doc.entities || []).map((e) => el('tr', {}, el('td', {}, e.actor_code ? actorLink(e.actor_code, e.name) : e.name),
        el('td', {}, e.type), el('td', {}, e.actor_code ? el('code', { title: e.resolved_by }, e.actor_code) : '—'),
        el('td', { class: 'num' }, String(e.mentions.length)))));
    table($('article-places'), ['text', 'place', 'country', 'lat, lon'],
      (doc.places || []).map((p) => el('tr', {}, el('td', {}, p.text), el('td', {}, p.name + (p.admin1 ? ` (${p.admin1})` : '')),
        el('td', {}, p.country), el('td', { class: 'nowrap' }, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`))));
    const located = (doc.places || []).filter((p) => p.lat || p.lon);
    if (located.length) {
      drawWorld($('article-map'), located.map((p) => ({ lat: p.lat, lon: p.lon, r: 5, color: '#1d2330', label: `${p.name} (${p.country})` })),
                { width: 420, height: 230, focusPoints: true });
    } else {
      $('article-map').replaceChildren();
    }
    table($('article-quotes'), ['speaker', 'kind', 'quote'],
      (doc.quotes || []).map((q) => {
        const speaker = q.speaker ? (entities.get(q.speaker.entity)?.name || q.speaker.text) : '—';
        return el('tr', {}, el('td', {}, speaker), el('td', {}, q.kind), el('td', { class: 'sentence' }, q.content.text));
      }));
  } catch (error) {
    $('article-title').textContent = error.message;
  }
  rendered('article', started);
}
