#!/usr/bin/env node
// After `vite build`: removes what SvelteKit writes for client-side navigation, which this site
// never does (every page is prerendered with csr = false): the `__data.json` beside each page
// with a server load, and the unused client bundle in `_app/`. Refuses if any page refers to
// them, so a page that did hydrate could not lose its script silently.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(root);

const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  if (/_app\/|__data\.json/.test(html)) {
    console.error(`postbuild: ${page} refers to SvelteKit's client files; not removing them`);
    process.exit(1);
  }
}
let removed = 0;
for (const f of files.filter((f) => f.endsWith('/__data.json'))) {
  rmSync(f);
  removed++;
}
rmSync(join(root, '_app'), { recursive: true, force: true });
console.log(`postbuild: removed ${removed} __data.json files and the unused _app/ client bundle`);
