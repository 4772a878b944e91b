// Events by place on a world map, with a date slider (two month sliders:
// from and to) and a QuadClass filter; a click lists the place's events.
import { fillEvents } from './events.js';
import { $, api, el, monthsBetween, number, QUADS, quadColor, quadName, rendered, swatch } from './util.js';
import { drawWorld } from './worldmap.js';

let months = [];
let wired = false;
let timer = 0;

function filterQuery() {
  const q = new URLSearchParams();
  if (months.length) {
    q.set('from', months[Number($('map-from').value)]);
    q.set('to', months[Number($('map-to').value)]);
  }
  if ($('map-quad').value) q.set('quad', $('map-quad').value);
  return q;
}

function labels() {
  $('map-from-label').textContent = months[Number($('map-from').value)] || '';
  $('map-to-label').textContent = months[Number($('map-to').value)] || '';
}

async function draw() {
  const started = performance.now();
  labels();
  const query = filterQuery();
  try {
    const data = await api('/api/places?' + query);
    const max = Math.max(1, ...data.places.map((p) => p.count));
    const points = data.places.filter((p) => p.lat || p.lon).map((p) => {
      const dominant = p.quad.indexOf(Math.max(...p.quad)) + 1;
      const label = `${p.name} (${p.country}): ${number(p.count)} events, mostly ${quadName(dominant)}`;
      return { lat: p.lat, lon: p.lon, r: 3 + 17 * Math.sqrt(p.count / max), color: quadColor(dominant), label,
               onActivate: () => listEvents(p, query) };
    });
    drawWorld($('map-chart'), points, { width: 1000, height: 520, ariaLabel: 'events by place' });
    $('map-chart').append(el('p', { class: 'muted small' }, `${data.places.length} places; circle area by events, colour by the commonest QuadClass.`));
  } catch (error) {
    $('map-chart').replaceChildren(el('p', { class: 'error' }, error.message));
  }
  rendered('map', started);
}

async function listEvents(place, query) {
  const q = new URLSearchParams(query);
  q.set('geonames_id', String(place.geonames_id));
  q.set('place', place.name);
  q.set('limit', '50');
  $('map-events-title').textContent = `Events at ${place.name} (${place.country})`;
  try {
    const data = await api('/api/event_context?' + q);
    fillEvents($('map-events'), data.events, '#/map');
    $('map-events-title').scrollIntoView({ block: 'nearest' });
  } catch (error) {
    $('map-events').replaceChildren(el('li', { class: 'error' }, error.message));
  }
}

export async function showMap() {
  if (!wired) {
    wired = true;
    const { totals } = await api('/api/overview');
    months = monthsBetween(totals.first_event_month, totals.last_event_month);
    for (const id of ['map-from', 'map-to']) $(id).max = String(Math.max(0, months.length - 1));
    $('map-from').value = '0';
    $('map-to').value = String(Math.max(0, months.length - 1));
    $('map-legend').replaceChildren(el('div', { class: 'chart-legend' }, QUADS.map((q) => el('span', {}, swatch(q.color), q.name))));
    const changed = (event) => {
      // The two ends never cross.
      const from = Number($('map-from').value), to = Number($('map-to').value);
      if (from > to) (event.target.id === 'map-from' ? $('map-to') : $('map-from')).value = event.target.value;
      labels();
      clearTimeout(timer);
      timer = setTimeout(draw, 150);
    };
    for (const id of ['map-from', 'map-to']) $(id).addEventListener('input', changed);
    $('map-quad').addEventListener('change', () => draw());
    $('map-form').addEventListener('submit', (e) => e.preventDefault());
  }
  await draw();
}
