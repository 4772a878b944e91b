#!/usr/bin/env node
// Builds the archive page into web/dist: bundles src/main.js and the npm
// libraries it imports (d3 modules, topojson-client, the world-atlas map) into
// one app.js with esbuild, and copies the static files of public/. The page
// then needs nothing but the server: no CDN, works offline.
//   node web/build.mjs            (or: cd web && npm run build)
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'public'), out, { recursive: true });
const result = await build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: false,
  target: ['chrome100', 'firefox100', 'safari15'],
  outfile: join(out, 'app.js'),
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// The licences of every npm package in the bundle, beside it.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) packages.add(m[1]);
}
let notices = 'Third-party software bundled into app.js (from the npm registry):\n';
for (const name of [...packages].sort()) {
  const dir = join(here, 'node_modules', name);
  const info = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  notices += `\n==== ${name} ${info.version} (${info.license})\n`;
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'])
    if (existsSync(join(dir, file))) { notices += readFileSync(join(dir, file), 'utf8'); break; }
}
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), notices);
console.log(`web: built ${out} (${packages.size} npm packages bundled)`);
