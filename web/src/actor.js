// One actor code: its names and how articles wrote it, the codes its names
// had over the years, events per month as source and as target, top
// counterparts, quotes by and about it, and its latest events.
import { stackedMonths } from './charts.js';
import { fillEvents } from './events.js';
import { $, actorLink, api, el, goldsteinColor, number, rendered, signed, swatch } from './util.js';

const table = (node, headers, rows) =>
  node.replaceChildren(el('thead', {}, el('tr', {}, headers.map((h) => el('th', { class: h.endsWith('#') ? 'num' : '' }, h.replace('#', ''))))),
                       el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { class: 'muted', colSpan: headers.length }, 'none'))]));

function quoteItem(q) {
  return el('li', {}, el('blockquote', {}, q.content),
    el('div', { class: 'muted small' }, `${q.date} · ${q.speaker || 'unknown speaker'} · `,
       el('a', { href: '#/article/' + encodeURIComponent(q.article) + '?' + new URLSearchParams({ back: location.hash }) }, q.title || q.article)));
}

export async function showActor(code) {
  const started = performance.now();
  $('actor-title').textContent = code;
  $('actor-meta').textContent = 'Loading…';
  try {
    const data = await api('/api/actor?' + new URLSearchParams({ code }));
    $('actor-title').replaceChildren(data.name || code, ' ', el('code', {}, code));
    const total = data.months.reduce((n, m) => n + m.as_source + m.as_target, 0);
    $('actor-meta').textContent = `${number(total)} events (${number(data.months.reduce((n, m) => n + m.as_source, 0))} as source)`;
    table($('actor-names'), ['name', 'entities#'], data.names.map((n) => el('tr', {}, el('td', {}, n.name), el('td', { class: 'num' }, number(n.entities)))));
    table($('actor-aliases'), ['text in articles', 'events#'], data.aliases.map((a) => el('tr', {}, el('td', {}, a.text), el('td', { class: 'num' }, number(a.events)))));
    const byMonth = new Map(data.months.filter((m) => m.period).map((m) => [m.period, [m.as_source, m.as_target]]));
    stackedMonths($('actor-months'), byMonth, [{ name: 'as source', color: '#1f5fbf' }, { name: 'as target', color: '#8a5a00' }], `events of ${code} per month`);
    table($('actor-counterparts'), ['actor', 'it → them#', 'them → it#', 'mean Goldstein#'],
      data.counterparts.map((c) => el('tr', {}, el('td', {}, actorLink(c.code, c.name)),
        el('td', { class: 'num' }, el('a', { href: '#/network?' + new URLSearchParams({ pair: code + '>' + c.code }) }, number(c.as_target_of_it))),
        el('td', { class: 'num' }, el('a', { href: '#/network?' + new URLSearchParams({ pair: c.code + '>' + code }) }, number(c.as_source_to_it))),
        el('td', { class: 'num' }, swatch(goldsteinColor(c.goldstein)), signed(c.goldstein)))));
    // Codes over time: per name, consecutive years with the same codes (those
    // with at least 5% of the year's entities) in one row.
    const byName = new Map();
    for (const c of data.codes) {
      if (!byName.has(c.name)) byName.set(c.name, new Map());
      const years = byName.get(c.name);
      if (!years.has(c.year)) years.set(c.year, new Map());
      years.get(c.year).set(c.code || '—', c.entities);
    }
    const rows = [];
    for (const [name, years] of byName) {
      let run = null;
      for (const year of [...years.keys()].sort()) {
        const codes = years.get(year);
        const total = [...codes.values()].reduce((a, b) => a + b, 0);
        const main = [...codes.entries()].filter(([, n]) => n >= 0.05 * total).map(([c]) => c).sort();
        const key = main.join(' ');
        if (run && run.key === key) {
          run.last = year;
          for (const [c, n] of codes) run.counts.set(c, (run.counts.get(c) || 0) + n);
        } else {
          run = { name, key, first: year, last: year, counts: new Map(codes) };
          rows.push(run);
        }
      }
    }
    table($('actor-codes'), ['name', 'years', 'codes'],
      rows.map((r) => el('tr', {}, el('td', {}, r.name), el('td', { class: 'nowrap' }, r.first === r.last ? r.first || '—' : `${r.first}–${r.last}`),
        el('td', {}, [...r.counts.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ×${number(n)}`).join(', ')))));
    const quotes = (node, list) => node.replaceChildren(...(list.length ? list.map(quoteItem) : [el('li', { class: 'muted' }, 'none')]));
    quotes($('actor-quotes-by'), data.quotes_by);
    quotes($('actor-quotes-about'), data.quotes_about);
    fillEvents($('actor-events'), data.recent, location.hash);
  } catch (error) {
    $('actor-meta').textContent = error.message;
  }
  rendered('actor', started);
}
