#!/usr/bin/env node
// Browser test of the archive page: headless Debian chromium driven by
// playwright-core (no browser download). Builds the page (web/build.mjs) when
// web/dist is missing or older than its sources, builds an archive (synthetic
// articles plus the bundled examples), starts `eventwire serve` on a free
// loopback port and walks every view with mouse and keyboard: overview,
// search, article (real and synthetic), actor network, actor page, map.
// Checks what each view shows, that the network's labels do not overlap, the
// colour contrast, the render time of each view (≤ 1 s) and the p99 of the
// API queries behind them (≤ 200 ms), and saves a screenshot per view.
//
//   node tests/web/page.test.mjs path/to/eventwire [screenshot-dir]
// Environment: EVENTWIRE_WEB_ARTICLES=N synthetic articles (default 300);
// EVENTWIRE_WEB_DB=PATH an existing archive to use instead (kept).
// Exit 0 pass, 1 fail, 77 skipped (chromium, node_modules or binary missing).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const binary = process.argv[2];
const shots = resolve(process.argv[3] || join(root, 'build', 'web-screenshots'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = (why) => { console.log(`SKIP: ${why}`); process.exit(77); };
if (!binary || !existsSync(binary)) skip(`no eventwire binary at "${binary}"`);
if (!existsSync(chromiumPath)) skip(`no chromium at ${chromiumPath} (scripts/setup-web installs it)`);
for (const pkg of ['playwright-core', 'esbuild', 'd3-force'])
  if (!existsSync(join(root, 'web/node_modules', pkg))) skip(`web/node_modules/${pkg} missing (scripts/setup-web)`);
const { chromium } = createRequire(join(root, 'web/package.json'))('playwright-core');

let failures = 0, passes = 0;
function check(condition, what) {
  if (condition) { ++passes; console.log(`ok   ${what}`); } else { ++failures; console.log(`FAIL ${what}`); }
}

// web/dist is rebuilt when any source is newer than its app.js.
function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}
const dist = join(root, 'web/dist');
const builtAt = existsSync(join(dist, 'app.js')) ? statSync(join(dist, 'app.js')).mtimeMs : 0;
if (builtAt < Math.max(newest(join(root, 'web/src')), newest(join(root, 'web/public')))) {
  const r = spawnSync(process.execPath, [join(root, 'web/build.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) { console.log(`FAIL web/build.mjs: ${r.stderr}`); process.exit(1); }
}

const articles = Number(process.env.EVENTWIRE_WEB_ARTICLES || 300);
const dir = mkdtempSync(join(tmpdir(), 'eventwire-web-'));
const db = process.env.EVENTWIRE_WEB_DB || join(dir, 'web.db');
const run = (args) => {
  const r = spawnSync(binary, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`eventwire ${args.join(' ')}: ${r.stderr}`);
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
// Do any two boxes overlap (by more than half a pixel)?
function overlaps(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; ++i)
    for (let j = i + 1; j < boxes.length; ++j) {
      const a = boxes[i], b = boxes[j];
      if (Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
          Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5) out.push([a.text, b.text]);
    }
  return out;
}
const luminance = (rgb) => {
  const c = rgb.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const rgbOf = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);

let server, browser;
const renderTimes = [];
try {
  if (!process.env.EVENTWIRE_WEB_DB) {
    run(['synth', '--db', db, '-n', String(articles)]);
    run(['ingest', '--db', db, '-q', join(root, 'examples')]);
  }
  server = spawn(binary, ['serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--web', dist, '--no-code'],
                 { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error('server did not start: ' + err)), 30000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });
  // The server builds its summary of the archive in the background at start; wait for it.
  const t0 = performance.now();
  const first = await (await fetch(base + 'api/overview')).json();
  console.log(`summary of ${first.totals.articles} articles, ${first.totals.events} events built in ` +
              `${first.totals.summary_seconds.toFixed(2)} s (first answer after ${((performance.now() - t0) / 1000).toFixed(2)} s)`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  const external = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url()); });
  mkdirSync(shots, { recursive: true });
  const waitView = async (view) => {
    await page.locator(`body[data-rendered="${view}"]`).waitFor({ timeout: 20000 });
    const times = await page.evaluate(() => window.__renderTimes || []);
    const last = times.filter((t) => t.view === view).pop();
    if (last) renderTimes.push(last);
    return last ? last.ms : NaN;
  };

  // ---- overview (the landing page)
  await page.goto(base);
  await waitView('overview');
  check(await page.locator('#overview-cards .card').count() >= 5, 'overview shows the date range and counts');
  check(await page.locator('#overview-timeline rect.bar').count() > 10, 'overview draws the QuadClass timeline');
  check(await page.locator('#overview-timeline .axis .tick').count() > 6, 'the timeline has axes with several ticks');
  check(await page.locator('#overview-actors tbody tr').count() >= 10, 'overview lists top actors');
  check(await page.locator('#overview-dyads tbody tr').count() >= 5, 'overview lists top dyads');
  check(await page.locator('#overview-conflict li.event').count() > 0, 'overview lists recent material-conflict events');
  check(await page.locator('#overview-outlets tbody tr').count() > 0, 'overview lists outlets');
  const actorNames = await page.locator('#overview-actors tbody td:first-child').allTextContents();
  check(actorNames.some((t) => /[a-z]/.test(t) && /[A-Z]{3}/.test(t)), `top actors carry names and codes ("${actorNames[0]}")`);
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });

  // Colours: QuadClass swatches pass WCAG AA for graphics (3:1) on white, and
  // text passes 4.5:1 on its background.
  const swatches = await page.locator('#overview-timeline .chart-legend .swatch').evaluateAll(
    (nodes) => nodes.map((n) => getComputedStyle(n).backgroundColor));
  check(swatches.length === 4 && swatches.every((c) => contrast(rgbOf(c), [255, 255, 255]) >= 3),
        `QuadClass colours reach 3:1 on white (${swatches.map((c) => contrast(rgbOf(c), [255, 255, 255]).toFixed(1)).join(', ')})`);
  const [q1, q2, q3, q4] = swatches.map((c) => rgbOf(c));
  check(q1 && q2 && q3 && q4 && q1[2] > q1[0] && q2[2] > q2[0] && q3[0] > q3[2] && q4[0] > q4[2] &&
        luminance(q1) > luminance(q2) && luminance(q3) > luminance(q4),
        'cooperation is cool, conflict warm; verbal lighter than material');
  const textPairs = await page.evaluate(() => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const pick = (sel) => { const n = document.querySelector(sel); return n ? [sel, getComputedStyle(n).color] : null; };
    return { bg, items: [pick('body'), pick('.muted'), pick('nav a'), pick('#overview-actors a'), pick('th')].filter(Boolean) };
  });
  for (const [sel, color] of textPairs.items)
    check(contrast(rgbOf(color), rgbOf(textPairs.bg)) >= 4.5, `text "${sel}" contrast ${contrast(rgbOf(color), rgbOf(textPairs.bg)).toFixed(1)} ≥ 4.5`);

  // ---- keyboard: skip link, then the nav; Enter opens the network
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.className) === 'skip', 'Tab reaches the skip link first');
  let reached = false;
  for (let i = 0; i < 8 && !reached; ++i) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(() => document.activeElement.textContent)) === 'Actor network';
  }
  check(reached, 'Tab reaches the "Actor network" link');
  await page.keyboard.press('Enter');

  // ---- network
  const networkMs = await waitView('network');
  const nodeCount = await page.locator('#network-chart g.node').count();
  const graph = await (await fetch(base + 'api/graph?limit=600')).json();
  const expected = Math.min(50, graph.nodes.length);
  check(nodeCount === expected, `network draws the top ${expected} actors (${nodeCount})`);
  check(await page.locator('#network-chart path.edge').count() > 10, 'network draws directed edges');
  check(await page.locator('#network-chart path.edge[marker-end]').count() === await page.locator('#network-chart path.edge').count(),
        'every edge has an arrowhead');
  const widths = new Set(await page.locator('#network-chart path.edge').evaluateAll((n) => n.map((e) => e.getAttribute('stroke-width'))));
  check(widths.size > 3, `edge widths vary with counts (${widths.size} widths)`);
  const labelBoxes = await page.locator('#network-chart g.node text').evaluateAll((nodes) => nodes.map((n) => {
    const b = n.getBoundingClientRect();
    return { text: n.textContent, x: b.x, y: b.y, width: b.width, height: b.height };
  }));
  const chartBox = await page.locator('#network-chart svg').boundingBox();
  const clashes = overlaps(labelBoxes);
  check(labelBoxes.length === nodeCount && clashes.length === 0,
        `no two of the ${labelBoxes.length} labels overlap at 1400×900${clashes.length ? ': ' + clashes.slice(0, 3).map((c) => c.join(' / ')).join('; ') : ''}`);
  const circleBoxes = await page.locator('#network-chart g.node circle').evaluateAll((nodes) => nodes.map((n) => {
    const b = n.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  }));
  const covered = labelBoxes.filter((label, i) => circleBoxes.some((c, j) => j !== i &&
    Math.min(label.x + label.width, c.x + c.width) - Math.max(label.x, c.x) > 1 &&
    Math.min(label.y + label.height, c.y + c.height) - Math.max(label.y, c.y) > 1));
  check(covered.length === 0, `no label covers another actor's circle${covered.length ? ': ' + covered.map((c) => c.text).join(', ') : ''}`);
  check(labelBoxes.every((b) => b.x >= chartBox.x - 1 && b.y >= chartBox.y - 1 && b.x + b.width <= chartBox.x + chartBox.width + 1 &&
                          b.y + b.height <= chartBox.y + chartBox.height + 1), 'every label lies inside the chart');
  check(labelBoxes.filter((b) => /[a-z]/.test(b.text)).length >= nodeCount / 2, `labels carry names with codes ("${labelBoxes[0]?.text}")`);
  await page.screenshot({ path: join(shots, 'network.png'), fullPage: false });
  await page.locator('#network-chart svg').screenshot({ path: join(shots, 'network-graph.png') });
  // Click the strongest edge → its events.
  const strongest = page.locator('#network-chart path.edge').last();
  await strongest.dispatchEvent('click');
  await page.locator('#network-events li.event').first().waitFor();
  check(await page.locator('#network-events li.event').count() > 0, 'clicking an edge lists its events');
  check(await page.locator('#network-events .event-sentence mark.verb').count() > 0, 'the edge events show their sentences with the verb marked');
  // Keyboard: focus an edge, Enter; focus a node, Enter → actor page.
  await page.locator('#network-chart path.edge').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#network-events li.event').first().waitFor();
  check(true, 'Enter on a focused edge lists its events');
  const filtered = await page.locator('#network-root option').count();
  check(filtered === 21, 'the root filter offers the 20 CAMEO roots');
  await page.selectOption('#network-color', 'goldstein');
  await page.click('#network-form button');
  await waitView('network');
  check((await page.locator('#network-legend').textContent()).includes('Goldstein'), 'network recolours by mean Goldstein');
  const code = await page.locator('#network-chart g.node').first().getAttribute('data-code');
  await page.locator('#network-chart g.node').first().focus();
  await page.keyboard.press('Enter');

  // ---- actor page
  const actorMs = await waitView('actor');
  check(decodeURIComponent(page.url()).endsWith('#/actor/' + code), `Enter on a node opens its actor page (${code})`);
  check(await page.locator('#actor-names tbody tr').count() > 0, 'actor page lists names');
  check(await page.locator('#actor-months rect.bar').count() > 0, 'actor page charts events per month as source and target');
  check(await page.locator('#actor-counterparts tbody tr').count() > 0, 'actor page lists top counterparts');
  check(await page.locator('#actor-events li.event').count() > 0, 'actor page lists recent events');
  await page.screenshot({ path: join(shots, 'actor.png'), fullPage: true });

  // ---- map
  await page.goto(base + '#/map');
  const mapMs = await waitView('map');
  const circles = await page.locator('#map-chart circle.point').count();
  check(circles > 0, `map places events (${circles} places)`);
  check(await page.locator('#map-chart path.land').count() > 100, 'map draws the bundled world atlas');
  await page.screenshot({ path: join(shots, 'map.png'), fullPage: true });
  // The date slider, by keyboard.
  await page.locator('#map-from').focus();
  for (let i = 0; i < 60; ++i) await page.keyboard.press('ArrowRight');
  const label = await page.locator('#map-from-label').textContent();
  await page.locator('body[data-rendered="map"]').waitFor();
  await page.waitForTimeout(400);
  await waitView('map');
  check(/^\d{4}-\d{2}$/.test(label), `the slider moves the start month (${label})`);
  const mapApi = (await page.evaluate(() => window.__apiTimes)).filter((t) => t.path.startsWith('/api/places')).pop();
  check(mapApi && mapApi.path.includes('from=' + label), 'the map is redrawn for the slider\'s dates');
  await page.locator('#map-chart circle.point').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#map-events li').first().waitFor();
  check(await page.locator('#map-events li.event').count() > 0, 'Enter on a place lists its events and sentences');

  // ---- search → real article from examples/ → back keeps the search
  await page.goto(base + '#/');
  await waitView('overview');
  await page.fill('#header-q', 'convoy');
  await page.press('#header-q', 'Enter');
  await waitView('search');
  const titles = await page.locator('#results .result-title').allTextContents();
  check(titles.some((t) => t.includes('aid convoy')), `search "convoy" finds the Amman article (${titles.length} results)`);
  check(await page.locator('#results mark').count() > 0, 'snippets mark the matched word');
  await page.screenshot({ path: join(shots, 'search.png') });
  await page.locator('#results .result-title', { hasText: 'aid convoy' }).first().click();
  const articleMs = await waitView('article');
  check(await page.locator('#article-text .ann.ent').count() > 0, 'the Amman article shows entity highlights');
  check(await page.locator('#article-text .ann.event').count() > 0, 'the Amman article shows its coded events');
  const headers = await page.locator('#article-events thead th').allTextContents();
  for (const h of ['source', 'event', 'QuadClass', 'Goldstein', 'target', 'place', 'sentence'])
    check(headers.includes(h), `the event table has a "${h}" column`);
  check(await page.locator('#article-events tbody tr').count() > 0, 'the Amman article lists its events');
  check(await page.locator('#article-events td.sentence mark.verb').count() > 0, 'each event row shows its sentence');
  check(await page.locator('#article-entities tbody tr').count() > 0, 'the article lists its entities');
  check(await page.locator('#article-places tbody tr').count() > 0, 'the article lists its places');
  check(await page.locator('#article-map circle.point').count() > 0, 'the article\'s places are on a small map');
  await page.locator('#article-text .ann.event').first().hover();
  await page.waitForSelector('#tip:not([hidden])');
  const realTip = await page.locator('#tip').textContent();
  check(/event \d{3}/.test(realTip), `hover on a real event shows its code ("${realTip.split('\n')[0]}")`);
  await page.screenshot({ path: join(shots, 'article-real.png'), fullPage: true });
  await page.locator('#back').focus();
  await page.keyboard.press('Enter');
  await waitView('search');
  check(await page.inputValue('#q') === 'convoy' && await page.locator('#results li').count() === titles.length,
        '"back" returns to the search with its results');

  // ---- a synthetic article with every kind of annotation
  await page.goto(base + '#/search?q=rarekey3');
  await waitView('search');
  check(await page.locator('#results li').count() === 10, 'search "rarekey3" lists its ten articles');
  await page.locator('#results .result-title').first().click();
  await waitView('article');
  for (const kind of ['ent', 'quote', 'event', 'time', 'place'])
    check(await page.locator(`#article-text .ann.${kind}`).count() > 0, `article shows ${kind} highlights`);
  const verb = await page.locator('#article-text .ann.event').first().textContent();
  const sentences = await page.locator('#article-events td.sentence mark.verb').allTextContents();
  check(sentences.some((v) => v.includes(verb)), `event highlight "${verb}" matches an event's verb`);
  const original = await page.locator('#article-meta a').getAttribute('href').catch(() => null);
  check(!!original && original.startsWith('https://example.org/'), `the article links to its original URL (${original})`);
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });

  check(errors.length === 0, `no script errors${errors.length ? ': ' + errors.join('; ') : ''}`);
  check(external.length === 0, `no request leaves the server (offline)${external.length ? ': ' + external.slice(0, 3).join(', ') : ''}`);

  // ---- speed: each view drawn within 1 s; API p99 ≤ 200 ms for its queries
  const byView = new Map();
  for (const t of renderTimes) byView.set(t.view, Math.max(byView.get(t.view) || 0, t.ms));
  for (const [view, ms] of byView) check(ms <= 1000, `view ${view} rendered in ${ms.toFixed(0)} ms (≤ 1000)`);
  void networkMs, actorMs, mapMs, articleMs;
  const stats = (await (await fetch(base + 'api/overview')).json()).totals;
  const some = (await (await fetch(base + 'api/search?q=attacked&limit=1')).json()).hits[0];
  const queries = [
    'api/overview', 'api/graph?limit=600', `api/actor?code=${encodeURIComponent(code)}`,
    'api/places', `api/places?from=${stats.last_date.slice(0, 4)}`, `api/event_context?source_actor=${graph.edges[0].source}&target_actor=${graph.edges[0].target}&limit=50`,
    'api/search?q=convoy&limit=50', `api/article?id=${encodeURIComponent(some ? some.id : 'x')}`,
  ];
  for (const q of queries) {
    const times = [];
    for (let i = 0; i < 25; ++i) {
      const t0 = performance.now();
      const r = await fetch(base + q);
      await r.arrayBuffer();
      times.push(performance.now() - t0);
    }
    const p99 = percentile(times, 99);
    check(p99 <= 200, `API /${q.split('&')[0]} p99 ${p99.toFixed(1)} ms (≤ 200; first ${times[0].toFixed(1)} ms)`);
  }
  console.log(`archive: ${stats.articles} articles, ${stats.events} events`);
} catch (error) {
  ++failures;
  console.log(`FAIL ${error.stack || error}`);
} finally {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(`screenshots in ${shots}`);
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
