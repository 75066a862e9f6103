#!/usr/bin/env node
// @ts-nocheck -- adapted from shared/bench (reference measurement scripts)
// Page-weight harness: cold-loads a URL in Debian Chromium (playwright-core + CDP Network domain, cache disabled)
// and sums bytes per resource type.
//   transferB   = CDP encodedDataLength (bytes on the wire incl. headers, i.e. whatever the server sent: gzip/br/none)
//   gzipB       = gzip -9 of the decoded body, computed here (server-independent "gzip-compressed" size)
//   rawB        = decoded body size
// usage: node weight.mjs <url> [--scroll] [--viewport 390x844] [--wait 1000] [--list]
//   --scroll  scroll to the bottom after load (pulls in lazy/IntersectionObserver-loaded assets)
//   --list    include every request in the output
import { launch } from '../browser.mjs';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const url = argv.find((a) => !a.startsWith('--') && !/^\d+(x\d+)?$/.test(a));
const opt = (n, d) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : d;
};
const [vw, vh] = opt('--viewport', '390x844').split('x').map(Number);
const wait = Number(opt('--wait', 1000));
if (!url) {
  console.error('usage: node weight.mjs <url> [--scroll] [--list] [--viewport 390x844] [--wait ms]');
  process.exit(2);
}

const browser = await launch(['--disable-dev-shm-usage']);
const context = await browser.newContext({ viewport: { width: vw, height: vh }, deviceScaleFactor: 1 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable', { maxTotalBufferSize: 200e6, maxResourceBufferSize: 50e6 });
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

const reqs = new Map();
cdp.on('Network.requestWillBeSent', (e) => {
  if (!e.request.url.startsWith('data:')) reqs.set(e.requestId, { url: e.request.url, cdpType: e.type });
});
cdp.on('Network.responseReceived', (e) => {
  const r = reqs.get(e.requestId);
  if (!r) return;
  const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  Object.assign(r, {
    status: e.response.status,
    mime: e.response.mimeType,
    cdpType: e.type,
    encoding: h['content-encoding'] ?? null,
    fromCache: e.response.fromDiskCache || e.response.fromServiceWorker
  });
});
cdp.on('Network.loadingFinished', (e) => {
  const r = reqs.get(e.requestId);
  if (r) {
    r.transferB = e.encodedDataLength;
    r.done = true;
  }
});
cdp.on('Network.loadingFailed', (e) => {
  const r = reqs.get(e.requestId);
  if (r) {
    r.failed = e.errorText;
    r.done = true;
  }
});

await page.goto(url, { waitUntil: 'networkidle', timeout: 60000 });
if (argv.includes('--scroll')) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.scrollingElement.scrollHeight; y += innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}
await page.waitForTimeout(wait);

function category(r) {
  const m = (r.mime ?? '').toLowerCase();
  const t = r.cdpType;
  const byCdp = {
    Document: 'html',
    Script: 'js',
    Stylesheet: 'css',
    Font: 'font',
    Image: 'image',
    Media: 'media',
    Fetch: 'data',
    XHR: 'data'
  }[t];
  if (byCdp) return byCdp;
  if (m === 'text/html') return 'html';
  if (/javascript|ecmascript/.test(m)) return 'js';
  if (m === 'text/css') return 'css';
  if (m.startsWith('font/') || /woff|opentype|truetype/.test(m)) return 'font';
  if (m.startsWith('image/')) return 'image';
  return 'other'; // e.g. the automatic /favicon.ico request, manifests, beacons
}

const byType = {};
const list = [];
for (const [id, r] of reqs) {
  if (!r.done) continue;
  let rawB = null,
    gzipB = null;
  try {
    const b = await cdp.send('Network.getResponseBody', { requestId: id });
    const buf = Buffer.from(b.body, b.base64Encoded ? 'base64' : 'utf8');
    rawB = buf.length;
    gzipB = gzipSync(buf, { level: 9 }).length;
  } catch {
    /* bodies of redirects / failed requests are unavailable */
  }
  const c = category(r);
  const t = (byType[c] ??= { requests: 0, transferB: 0, gzipB: 0, rawB: 0 });
  t.requests++;
  t.transferB += r.transferB ?? 0;
  t.gzipB += gzipB ?? 0;
  t.rawB += rawB ?? 0;
  list.push({
    type: c,
    status: r.status ?? null,
    failed: r.failed,
    encoding: r.encoding,
    transferB: r.transferB ?? 0,
    gzipB,
    rawB,
    url: r.url
  });
}
const total = Object.values(byType).reduce(
  (a, t) => ({
    requests: a.requests + t.requests,
    transferB: a.transferB + t.transferB,
    gzipB: a.gzipB + t.gzipB,
    rawB: a.rawB + t.rawB
  }),
  { requests: 0, transferB: 0, gzipB: 0, rawB: 0 }
);
await browser.close();
const out = {
  url,
  chromium: browser.version(),
  viewport: `${vw}x${vh}`,
  scrolled: argv.includes('--scroll'),
  total,
  byType
};
if (argv.includes('--list')) out.requests = list.sort((a, b) => b.transferB - a.transferB);
console.log(JSON.stringify(out, null, 2));
