// An event from /api/event_context (or the overview/actor answers) as a list
// item: date, source → target, CAMEO/PLOVER with its QuadClass colour,
// Goldstein, place, the sentence with the verb marked, and the article.
import { actorLink, contextSentence, el, link, quadBadge, signed } from './util.js';

export function eventItem(ev, back = '') {
  const href = '#/article/' + encodeURIComponent(ev.article) + (back ? '?' + new URLSearchParams({ back }) : '');
  const s = ev.source || {}, t = ev.target || {};
  const head = el('div', { class: 'event-head' },
    el('span', { class: 'date' }, ev.date),
    actorLink(s.code, s.name, s.text), el('span', { class: 'arrow', 'aria-label': 'to' }, ' → '), actorLink(t.code, t.name, t.text),
    quadBadge(ev.quad_class, ev.code, ev.plover),
    el('span', { class: 'goldstein', title: 'Goldstein scale' }, signed(ev.goldstein)),
    ev.modality && ev.modality !== 'asserted' ? el('span', { class: 'modality' }, ev.modality) : null,
    ev.negated ? el('span', { class: 'modality' }, 'negated') : null,
    ev.place && ev.place.name ? el('span', { class: 'muted' }, ' · ' + ev.place.name + (ev.place.country ? ` (${ev.place.country})` : '')) : null);
  return el('li', { class: 'event' }, head,
    el('div', { class: 'event-sentence' }, contextSentence(ev.context)),
    el('div', { class: 'muted small' }, link(href, ev.title || ev.article), ev.source_outlet ? ' · ' + ev.source_outlet : ''));
}

export function fillEvents(list, events, back = '', empty = 'No events.') {
  list.replaceChildren(...(events.length ? events.map((e) => eventItem(e, back)) : [el('li', { class: 'muted' }, empty)]));
}
