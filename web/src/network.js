// The actor network: a directed graph of the strongest actors (d3-force
// layout, computed to rest before drawing), labelled "name CODE", edge width
// by event count, edge colour by the commonest QuadClass or by mean
// Goldstein. Labels never overlap: each node collides as the box of its circle
// and label, and a final pass pushes apart any boxes that still touch.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { create } from 'd3-selection';
import { fillEvents } from './events.js';
import { $, actorLink, api, el, goldsteinColor, number, QUADS, quadColor, quadName, rendered, ROOT_NAMES, signed, swatch } from './util.js';

const WIDTH = 1360, HEIGHT = 680, FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';
let wired = false;

function labelOf(node) {
  return node.name && node.name !== node.code ? `${node.name} ${node.code}` : node.code;
}

let measureCanvas;
function textWidth(text) {
  measureCanvas ||= document.createElement('canvas');
  const ctx = measureCanvas.getContext('2d');
  ctx.font = FONT;
  return ctx.measureText(text).width;
}

// Boxes: the circle plus the label to its right.
function box(n) {
  return { x0: n.x - n.r - 2, x1: n.x + n.r + 4 + n.tw + 2, y0: n.y - Math.max(n.r, 9) - 2, y1: n.y + Math.max(n.r, 9) + 2 };
}

function rectCollide(nodes, strength = 0.7) {
  const force = () => {
    for (let i = 0; i < nodes.length; ++i)
      for (let j = i + 1; j < nodes.length; ++j) separate(nodes[i], nodes[j], strength, true);
  };
  return force;
}

// Pushes a and b apart along the axis of least overlap; true if they overlapped.
function separate(a, b, strength, velocity) {
  const A = box(a), B = box(b);
  const ox = Math.min(A.x1, B.x1) - Math.max(A.x0, B.x0), oy = Math.min(A.y1, B.y1) - Math.max(A.y0, B.y0);
  if (ox <= 0 || oy <= 0) return false;
  const key = velocity ? ['vx', 'vy'] : ['x', 'y'];
  if (ox < oy) {
    const d = (ox / 2) * strength * ((A.x0 + A.x1) < (B.x0 + B.x1) ? -1 : 1);
    a[key[0]] += d; b[key[0]] -= d;
  } else {
    const d = (oy / 2) * strength * ((A.y0 + A.y1) < (B.y0 + B.y1) ? -1 : 1);
    a[key[1]] += d; b[key[1]] -= d;
  }
  return true;
}

function clamp(n) {
  n.x = Math.max(n.r + 6, Math.min(WIDTH - n.tw - n.r - 10, n.x));
  n.y = Math.max(Math.max(n.r, 9) + 6, Math.min(HEIGHT - Math.max(n.r, 9) - 6, n.y));
}

export function layout(nodes, links) {
  const degree = new Map();
  for (const l of links) for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) || 0) + 1);
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.code).distance(170)
      .strength((l) => (0.3 + 0.7 * l.share) / Math.min(degree.get(l.source.code ?? l.source) || 1, degree.get(l.target.code ?? l.target) || 1)))
    .force('charge', forceManyBody().strength(-1400).distanceMax(900))
    // Actors without a drawn edge would drift to the corners: they are held closer.
    .force('x', forceX(WIDTH / 2 - 50).strength((n) => (degree.has(n.code) ? 0.035 : 0.2)))
    .force('y', forceY(HEIGHT / 2).strength((n) => (degree.has(n.code) ? 0.07 : 0.3)))
    .force('collide', rectCollide(nodes))
    .stop();
  for (let i = 0; i < 360; ++i) {
    sim.tick();
    for (const n of nodes) clamp(n);
  }
  // Whatever still overlaps is pushed apart directly.
  for (let round = 0; round < 400; ++round) {
    let any = false;
    for (let i = 0; i < nodes.length; ++i)
      for (let j = i + 1; j < nodes.length; ++j) any = separate(nodes[i], nodes[j], 1.05, false) || any;
    for (const n of nodes) clamp(n);
    if (!any) break;
  }
}

function edgeColor(e, mode) {
  if (mode === 'goldstein') return goldsteinColor(Math.round(e.goldstein));
  return quadColor(e.quad.indexOf(Math.max(...e.quad)) + 1);
}

function edgePath(e) {
  const s = e.source, t = e.target;
  const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
  // A gentle bend to the left of the direction of travel: A→B and B→A part.
  const bend = Math.min(40, len * 0.12);
  const cx = (s.x + t.x) / 2 - (dy / len) * bend, cy = (s.y + t.y) / 2 + (dx / len) * bend;
  // End at the target circle's edge, leaving room for the arrowhead.
  const ex = t.x - cx, ey = t.y - cy, el2 = Math.hypot(ex, ey) || 1;
  const back = t.r + 2;
  const sx0 = s.x + ((cx - s.x) / (Math.hypot(cx - s.x, cy - s.y) || 1)) * s.r;
  const sy0 = s.y + ((cy - s.y) / (Math.hypot(cx - s.x, cy - s.y) || 1)) * s.r;
  return `M${sx0.toFixed(1)},${sy0.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${(t.x - (ex / el2) * back).toFixed(1)},${(t.y - (ey / el2) * back).toFixed(1)}`;
}

function filters() {
  const q = new URLSearchParams();
  for (const [key, id] of [['from', 'network-from'], ['to', 'network-to'], ['root', 'network-root'], ['country', 'network-country']]) {
    const v = $(id).value.trim();
    if (v) q.set(key, key === 'country' ? v.toUpperCase() : v);
  }
  return q;
}

async function listPair(source, target, names) {
  const q = filters();
  q.delete('country');
  q.set('source_actor', source);
  q.set('target_actor', target);
  q.set('limit', '50');
  $('network-events-title').replaceChildren('Events: ', actorLink(source, names.get(source)), ' → ', actorLink(target, names.get(target)));
  try {
    const data = await api('/api/event_context?' + q);
    fillEvents($('network-events'), data.events, location.hash);
  } catch (error) {
    $('network-events').replaceChildren(el('li', { class: 'error' }, error.message));
  }
}

function wire() {
  wired = true;
  $('network-root').replaceChildren(el('option', { value: '' }, 'all'),
    ...Object.entries(ROOT_NAMES).map(([code, name]) => el('option', { value: code }, `${code} ${name}`)));
  $('network-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = filters();
    q.set('size', $('network-size').value);
    q.set('color', $('network-color').value);
    location.hash = '#/network?' + q;
  });
}

export async function showNetwork(params) {
  const started = performance.now();
  if (!wired) wire();
  for (const [key, id] of [['from', 'network-from'], ['to', 'network-to'], ['root', 'network-root'], ['country', 'network-country']])
    $(id).value = params.get(key) || '';
  $('network-size').value = params.get('size') || '50';
  $('network-color').value = params.get('color') === 'goldstein' ? 'goldstein' : 'quad';
  const size = Number($('network-size').value), mode = $('network-color').value;
  const chart = $('network-chart');
  try {
    const q = filters();
    q.set('limit', '600');
    const data = await api('/api/graph?' + q);
    const names = new Map(data.nodes.map((n) => [n.code, n.name]));
    const top = [...data.nodes].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code)).slice(0, size);
    const keep = new Set(top.map((n) => n.code));
    const among = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    // A dense archive links almost every pair: the drawing keeps the strongest
    // (three per actor), the table below and the edge lists have them all.
    const edges = among.slice(0, Math.max(40, 3 * top.length));
    const maxNode = Math.max(1, ...top.map((n) => n.events)), maxEdge = Math.max(1, ...edges.map((e) => e.count));
    const radius = scaleSqrt().domain([0, maxNode]).range([3, 15]);
    const width = scaleSqrt().domain([1, maxEdge]).range([0.8, 9]);
    const nodes = top.map((n) => ({ ...n, label: labelOf(n), r: radius(n.events), tw: textWidth(labelOf(n)) }));
    const links = edges.map((e) => ({ ...e, share: e.count / maxEdge }));
    layout(nodes, links);

    const svg = create('svg').attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('width', '100%')
      .attr('role', 'group').attr('aria-label', `actor network: ${nodes.length} actors, ${links.length} directed pairs`);
    const defs = svg.append('defs');
    const markers = new Map();
    const marker = (color) => {
      if (!markers.has(color)) {
        const id = 'arrow' + markers.size;
        defs.append('marker').attr('id', id).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
          .attr('markerWidth', 9).attr('markerHeight', 9).attr('markerUnits', 'userSpaceOnUse').attr('orient', 'auto')
          .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('fill', color);
        markers.set(color, id);
      }
      return `url(#${markers.get(color)})`;
    };
    const edgeLayer = svg.append('g').attr('class', 'edges');
    for (const e of [...links].sort((a, b) => a.count - b.count)) {
      const color = edgeColor(e, mode);
      const dominant = e.quad.indexOf(Math.max(...e.quad)) + 1;
      const text = `${labelOf(e.source)} → ${labelOf(e.target)}: ${number(e.count)} events, mean Goldstein ${signed(e.goldstein)}, mostly ${quadName(dominant)}`;
      const activate = () => listPair(e.source.code, e.target.code, names);
      edgeLayer.append('path').attr('class', 'edge').attr('d', edgePath(e)).attr('stroke', color)
        .attr('stroke-width', width(e.count)).attr('marker-end', marker(color))
        .attr('data-source', e.source.code).attr('data-target', e.target.code)
        .attr('tabindex', 0).attr('role', 'button').attr('aria-label', text).attr('data-tip', text)
        .on('click', activate)
        .on('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); activate(); } });
    }
    const nodeLayer = svg.append('g').attr('class', 'nodes');
    for (const n of nodes) {
      const go = () => { location.hash = '#/actor/' + encodeURIComponent(n.code); };
      const g = nodeLayer.append('g').attr('class', 'node').attr('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`)
        .attr('tabindex', 0).attr('role', 'link').attr('data-code', n.code)
        .attr('aria-label', `${n.label}: ${number(n.events)} events in the strongest pairs; open the actor page`)
        .on('click', go)
        .on('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); go(); } })
        .on('mouseenter focus', () => svg.classed('focused', true).selectAll('path.edge')
          .classed('lit', function () { return this.dataset.source === n.code || this.dataset.target === n.code; }))
        .on('mouseleave blur', () => svg.classed('focused', false));
      g.append('circle').attr('r', n.r);
      const t = g.append('text').attr('class', 'label').attr('x', n.r + 4).attr('y', 4);
      if (n.name && n.name !== n.code) {
        t.append('tspan').text(n.name + ' ');
        t.append('tspan').attr('class', 'code').text(n.code);
      } else {
        t.text(n.code);
      }
    }
    chart.replaceChildren(svg.node());
    $('network-legend').replaceChildren(mode === 'goldstein'
      ? el('div', { class: 'chart-legend' }, [-10, -5, 0, 5, 10].map((g) => el('span', {}, swatch(goldsteinColor(g)), `Goldstein ${signed(g)}`)),
           el('span', { class: 'muted' }, `edge width: events; the ${links.length} strongest of ${among.length} pairs`))
      : el('div', { class: 'chart-legend' }, QUADS.map((qd) => el('span', {}, swatch(qd.color), qd.name)),
           el('span', { class: 'muted' }, `edge width: events; arrow: source → target; the ${links.length} strongest of ${among.length} pairs`)));
    $('network-table').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', {}, 'source → target'), el('th', { class: 'num' }, 'events'), el('th', { class: 'num' }, 'mean Goldstein'), el('th', {}, 'mostly'))),
      el('tbody', {}, [...links].sort((a, b) => b.count - a.count).slice(0, 25).map((e) => {
        const dominant = e.quad.indexOf(Math.max(...e.quad)) + 1;
        const button = el('button', { type: 'button', class: 'linkish' }, number(e.count));
        button.addEventListener('click', () => listPair(e.source.code, e.target.code, names));
        return el('tr', {}, el('td', {}, actorLink(e.source.code, e.source.name), ' → ', actorLink(e.target.code, e.target.name)),
                  el('td', { class: 'num' }, button), el('td', { class: 'num' }, signed(e.goldstein)),
                  el('td', {}, swatch(quadColor(dominant)), quadName(dominant)));
      })));
    const pair = params.get('pair');
    if (pair && pair.includes('>')) {
      const [s, t] = pair.split('>');
      await listPair(s, t, names);
    } else {
      $('network-events-title').textContent = 'Events of a pair';
      $('network-events').replaceChildren();
    }
  } catch (error) {
    chart.replaceChildren(el('p', { class: 'error' }, error.message));
  }
  rendered('network', started);
}
