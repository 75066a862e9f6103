#!/usr/bin/env node
// Screenshots of the built site, to look at as a reader would.
// usage: node scripts/shoot.mjs [fragment ...] [--size 390x844] [--out /tmp/shots] [--full]
// Serves build/ itself. With no fragment, shoots the top of the page.
import { mkdirSync } from 'node:fs';
import { createServer } from './serve.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const [w, h] = opt('--size', '390x844').split('x').map(Number);
const out = opt('--out', '/tmp/shots');
const full = args.includes('--full') ? (args.splice(args.indexOf('--full'), 1), true) : false;
const fragments = args.length ? args : [''];
mkdirSync(out, { recursive: true });

const server = createServer(new URL('../build', import.meta.url).pathname).listen(0);
const port = server.address().port;
const browser = await launch();
const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
const page = await context.newPage();
page.on(
  'console',
  (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`)
);
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
for (const frag of fragments) {
  await page.goto(`http://127.0.0.1:${port}/${frag ? '#' + frag : ''}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(900);
  const file = `${out}/${(frag || 'top').replace(/\//g, '_')}@${w}x${h}.png`;
  await page.screenshot({ path: file, fullPage: full });
  console.log(file);
}
await browser.close();
server.close();
