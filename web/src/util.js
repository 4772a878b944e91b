// Shared helpers: DOM building (text is always inserted as text, never as
// HTML), the JSON API, code-point offsets, CAMEO names and the colours.
import { scaleLinear } from 'd3-scale';

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'tabindex') node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

export const link = (href, text, attrs = {}) => el('a', { href, ...attrs }, text);

// Fetches /api/…; times every request (window.__apiTimes) for the browser test.
export async function api(path) {
  const started = performance.now();
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  (window.__apiTimes ||= []).push({ path, ms: performance.now() - started });
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// utf16[i] = UTF-16 index of code point i (one entry past the end too).
export function cpToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

export const number = (n) => (n ?? 0).toLocaleString('en-US');
export const signed = (g) => (g > 0 ? '+' : g < 0 ? '−' : '') + Math.abs(g).toFixed(1);

export const ROOT_NAMES = {
  '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate', '04': 'consult',
  '05': 'engage in diplomatic cooperation', '06': 'engage in material cooperation', '07': 'provide aid',
  '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject', '13': 'threaten',
  '14': 'protest', '15': 'exhibit force posture', '16': 'reduce relations', '17': 'coerce', '18': 'assault',
  '19': 'fight', '20': 'use unconventional mass violence',
};

// QuadClass, as the field draws it: cooperation cool (blue), conflict warm
// (orange/red); verbal light, material dark. Each passes WCAG AA for graphics
// (≥ 3:1 on the white page); text stays in the body colour beside a swatch.
export const QUADS = [
  { quad: 1, name: 'verbal cooperation', color: '#3a88c9' },
  { quad: 2, name: 'material cooperation', color: '#0b4f8a' },
  { quad: 3, name: 'verbal conflict', color: '#c26a0c' },
  { quad: 4, name: 'material conflict', color: '#a3161b' },
];
export const quadColor = (q) => (QUADS[q - 1] || { color: '#6b7280' }).color;
export const quadName = (q) => (QUADS[q - 1] || { name: 'unknown' }).name;
export const rootQuad = (root) => {
  const r = parseInt(root, 10);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
};
// Mean Goldstein (−10 … +10): conflict red, neutral grey, cooperation blue.
export const goldsteinColor = scaleLinear().domain([-10, 0, 10]).range(['#a3161b', '#6b7280', '#0b4f8a']).clamp(true);

export function swatch(color, extra = '') {
  const s = el('span', { class: 'swatch ' + extra, 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

export function quadLegend() {
  return el('div', { class: 'chart-legend' }, QUADS.map((q) => el('span', {}, swatch(q.color), q.name)));
}

// "Russia (RUS)" as DOM, the name a link to the actor page.
export function actorLink(code, name, text) {
  if (!code && !name && !text) return el('span', { class: 'muted' }, '—');
  const label = name || text || code;
  const parts = [code ? link('#/actor/' + encodeURIComponent(code), label) : el('span', {}, label)];
  if (code && code !== label) parts.push(' ', el('code', {}, code));
  return el('span', { class: 'actor' }, parts);
}

export function quadBadge(quad, code, plover) {
  return el('span', { class: 'quad-badge', title: quadName(quad) }, swatch(quadColor(quad)),
            el('code', {}, code || ''), plover ? ' ' + plover : '');
}

// The sentence around an event's verb from an event_context row, verb marked.
export function contextSentence(ctx) {
  if (!ctx || !ctx.text) return el('span', { class: 'muted' }, '');
  const map = cpToUtf16(ctx.text);
  const points = map.length - 1;
  const vs = Math.min(ctx.verb_start, points), ve = Math.min(ctx.verb_end, points);
  const before = ctx.text.slice(0, map[vs]), verb = ctx.text.slice(map[vs], map[ve]), after = ctx.text.slice(map[ve]);
  // Cut to the sentence: after the last sentence end before the verb, through the first after it.
  const startCut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const head = startCut >= 0 ? before.slice(startCut + 1).trimStart() : (vs > 0 && ctx.verb_start >= 199 ? '… ' : '') + before;
  const endMatch = after.search(/[.?!]["”’]?(\s|$)|\n/);
  const tail = endMatch >= 0 ? after.slice(0, endMatch + 1) : after + ' …';
  return el('span', { class: 'context' }, head, el('mark', { class: 'verb' }, verb), tail);
}

export function monthsBetween(first, last) {
  const out = [];
  if (!first || !last) return out;
  let [y, m] = first.slice(0, 7).split('-').map(Number);
  const [ly, lm] = last.slice(0, 7).split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; ++y; }
    if (out.length > 1200) break;
  }
  return out;
}

// Marks a view as drawn (the browser test waits for it and reads the time).
export function rendered(view, started) {
  const ms = performance.now() - started;
  (window.__renderTimes ||= []).push({ view, ms });
  document.body.dataset.rendered = view;
}
