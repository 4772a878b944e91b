#!/usr/bin/env node
// Browser test of the archive page: headless Debian chromium driven by
// playwright-core (no browser download). Builds a small archive (synthetic
// articles plus the bundled examples), starts `eventwire serve` on a free
// loopback port, searches, opens an article, checks the highlights and the
// hover details, draws the timeline and the network, and saves screenshots.
//
//   node tests/web/page.test.mjs path/to/eventwire [screenshot-dir]
// Exit 0 pass, 1 fail, 77 skipped (chromium, node_modules or binary missing).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
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
if (!existsSync(join(root, 'web/node_modules/playwright-core'))) skip('web/node_modules/playwright-core missing (scripts/setup-web)');
const { chromium } = createRequire(join(root, 'web/package.json'))('playwright-core');

let failures = 0, passes = 0;
function check(condition, what) {
  if (condition) { ++passes; console.log(`ok   ${what}`); } else { ++failures; console.log(`FAIL ${what}`); }
}

const dir = mkdtempSync(join(tmpdir(), 'eventwire-web-'));
const db = join(dir, 'web.db');
const run = (args) => {
  const r = spawnSync(binary, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eventwire ${args.join(' ')}: ${r.stderr}`);
};
let server, browser;
try {
  run(['synth', '--db', db, '-n', '300']);
  run(['ingest', '--db', db, '-q', join(root, 'examples')]);
  server = spawn(binary, ['serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--web', join(root, 'web/public')],
                 { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error('server did not start: ' + err)), 15000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  mkdirSync(shots, { recursive: true });

  // A real article from examples/.
  await page.goto(base);
  await page.fill('#q', 'convoy');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results li');
  const titles = await page.locator('#results .result-title').allTextContents();
  check(titles.some((t) => t.includes('aid convoy')), `search "convoy" finds the Amman article (${titles.length} results)`);
  check(await page.locator('#results mark').count() > 0, 'snippets mark the matched word');
  // Its article view: ingest runs the whole pipeline, so real text has entities and coded events.
  await page.locator('#results .result-title', { hasText: 'aid convoy' }).first().click();
  await page.waitForSelector('#article-text .ann');
  check(await page.locator('#article-text .ann.ent').count() > 0, 'the Amman article shows entity highlights');
  check(await page.locator('#article-text .ann.event').count() > 0, 'the Amman article shows its coded events');
  check(await page.locator('#article-events tbody tr').count() > 0, 'the Amman article lists its events');
  await page.locator('#article-text .ann.event').first().hover();
  await page.waitForSelector('#tip:not([hidden])');
  const realTip = await page.locator('#tip').textContent();
  check(/event \d{3}/.test(realTip), `hover on a real event shows its code ("${realTip.split('\n')[0]}")`);
  await page.screenshot({ path: join(shots, 'article-real.png'), fullPage: true });
  await page.goto(base + '#/');
  await page.waitForSelector('#view-search:not([hidden])');

  // A synthetic article with every kind of annotation.
  await page.fill('#q', 'rarekey3');
  await page.press('#q', 'Enter');
  // Locators, not waitForFunction: the page's CSP forbids the eval that the latter uses.
  await page.locator('#results li').nth(9).waitFor();
  check(await page.locator('#results li').count() === 10, 'search "rarekey3" lists its ten articles');
  await page.screenshot({ path: join(shots, 'search.png') });
  await page.locator('#results .result-title').first().click();
  await page.waitForSelector('#article-text .ann');
  for (const kind of ['ent', 'quote', 'event', 'time', 'place'])
    check(await page.locator(`#article-text .ann.${kind}`).count() > 0, `article shows ${kind} highlights`);
  // Highlights sit on the right characters: the first event span is a verb phrase from the events table.
  const verb = await page.locator('#article-text .ann.event').first().textContent();
  const verbs = await page.locator('#article-events tbody td:nth-child(3)').allTextContents();
  check(verbs.some((v) => v.includes(verb)), `event highlight "${verb}" matches an event's verb`);
  await page.locator('#article-text .ann.event').first().hover();
  await page.waitForSelector('#tip:not([hidden])');
  const tip = await page.locator('#tip').textContent();
  check(/event \d{3}/.test(tip), `hover shows event details ("${tip.split('\n')[0]}")`);
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });

  await page.goto(base + '#/timeline');
  await page.waitForSelector('#timeline-chart rect.bar');
  check(await page.locator('#timeline-chart rect.bar').count() > 20, 'timeline draws bars by root code');
  await page.screenshot({ path: join(shots, 'timeline.png') });
  await page.goto(base + '#/network');
  await page.waitForSelector('#network-chart circle');
  check(await page.locator('#network-chart circle').count() > 5, 'network draws actors');
  check(await page.locator('#network-chart line').count() > 5, 'network draws edges');
  await page.screenshot({ path: join(shots, 'network.png') });
  check(errors.length === 0, `no script errors${errors.length ? ': ' + errors.join('; ') : ''}`);
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
