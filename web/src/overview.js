// The landing page: what the archive holds at a glance.
import { stackedMonths } from './charts.js';
import { fillEvents } from './events.js';
import { $, actorLink, api, el, goldsteinColor, number, signed, swatch, QUADS, rendered } from './util.js';

function card(label, value) {
  return el('div', { class: 'card' }, el('div', { class: 'card-value' }, value), el('div', { class: 'card-label' }, label));
}

export async function showOverview() {
  const started = performance.now();
  try {
    const data = await api('/api/overview');
    const stats = data.totals;
    $('overview-cards').replaceChildren(
      card('dates', stats.first_date ? `${stats.first_date} – ${stats.last_date}` : '—'),
      card('articles', number(stats.articles)), card('events', number(stats.events)),
      card('quotes', number(stats.quotes)), card('entities', number(stats.entities)), card('places', number(stats.places)));
    // Months × QuadClass, stacked.
    const byMonth = new Map();
    for (const m of data.months) {
      if (!m.period) continue;
      if (!byMonth.has(m.period)) byMonth.set(m.period, [0, 0, 0, 0]);
      if (m.quad_class >= 1 && m.quad_class <= 4) byMonth.get(m.period)[m.quad_class - 1] += m.count;
    }
    stackedMonths($('overview-timeline'), byMonth, QUADS.map((q) => ({ name: q.name, color: q.color })), 'events per month by QuadClass');
    const max = Math.max(1, ...data.actors.map((a) => a.events));
    $('overview-actors').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', {}, 'actor'), el('th', { class: 'num' }, 'events'), el('th', {}, ''))),
      el('tbody', {}, data.actors.map((a) => {
        const bar = el('span', { class: 'hbar' });
        bar.style.width = (100 * a.events) / max + '%';
        return el('tr', {}, el('td', {}, actorLink(a.code, a.name)), el('td', { class: 'num' }, number(a.events)),
                  el('td', { class: 'bar-cell', title: `${a.as_source} as source, ${a.as_target} as target` }, bar));
      })));
    $('overview-dyads').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', {}, 'source → target'), el('th', { class: 'num' }, 'events'), el('th', { class: 'num' }, 'mean Goldstein'))),
      el('tbody', {}, data.dyads.map((d) => el('tr', {},
        el('td', {}, actorLink(d.source, d.source_name), ' → ', actorLink(d.target, d.target_name)),
        el('td', { class: 'num' }, el('a', { href: '#/network?' + new URLSearchParams({ pair: d.source + '>' + d.target }) }, number(d.count))),
        el('td', { class: 'num' }, swatch(goldsteinColor(d.goldstein)), signed(d.goldstein))))));
    fillEvents($('overview-conflict'), data.recent_conflict, '', 'No material-conflict events.');
    $('overview-outlets').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', {}, 'outlet'), el('th', { class: 'num' }, 'articles'))),
      el('tbody', {}, (stats.sources || []).map((s) => el('tr', {}, el('td', {}, s.source || '(none)'), el('td', { class: 'num' }, number(s.articles))))));
  } catch (error) {
    $('overview-cards').replaceChildren(el('p', { class: 'error' }, error.message));
  }
  rendered('overview', started);
}
