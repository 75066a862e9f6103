#!/usr/bin/env node
// @ts-nocheck -- adapted from shared/bench (reference measurement scripts)
// Scroll-jank harness: scrolls whole pages top→bottom at a fixed speed in Debian Chromium (playwright-core)
// and records rAF frame intervals + long tasks (+ long animation frames) during the scroll.
//
// usage: node scrolljank.mjs <url> [<url2> ...] [options]
//   --cpu N          CDP Emulation.setCPUThrottlingRate (default 1 = off; e.g. 4)
//   --speed PX       scroll speed in px/s (default 1500)
//   --method js|wheel  js: window.scrollTo from a rAF loop, position = speed*elapsed (main-thread driven, default)
//                      wheel: page.mouse.wheel deltas every 16 ms from Node (real input path, compositor scroll)
//   --viewport WxH   default 390x844 (mobile-ish); deviceScaleFactor 1
//   --repeat N       runs per URL, interleaved A,B,A,B... (default 3); medians reported
//   --no-warmup      skip the unmeasured warm-up pass (default: one fast pass + back to top)
//   --settle MS      idle wait after load / before measuring (default 1000)
//   --timeout S      max seconds per scroll pass (default 120)
//   --wait-until E   goto waitUntil: networkidle (default) | load | domcontentloaded
// Scrolls document.scrollingElement only (not inner overflow containers).
// prints JSON on stdout; progress on stderr.
import { launch } from '../browser.mjs';

const argv = process.argv.slice(2);
const urls = [];
const o = {
  cpu: 1,
  speed: 1500,
  method: 'js',
  viewport: '390x844',
  repeat: 3,
  warmup: true,
  settle: 1000,
  timeout: 120,
  'wait-until': 'networkidle'
};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--no-warmup') o.warmup = false;
  else if (a.startsWith('--')) {
    const k = a.slice(2);
    const v = argv[++i];
    o[k] = /^[\d.]+$/.test(v) ? Number(v) : v;
  } else urls.push(a);
}
if (!urls.length) {
  console.error(
    'usage: node scrolljank.mjs <url> [<url2> ...] [--cpu 4] [--speed 1500] [--method js|wheel] [--viewport 390x844] [--repeat 3] [--no-warmup]'
  );
  process.exit(2);
}
const [vw, vh] = String(o.viewport).split('x').map(Number);
const log = (...m) => console.error('[scrolljank]', ...m);

// Beyond the project's flags: no smooth scrolling (the harness sets positions itself) and no
// background throttling (the page must run at full speed while measured).
const browser = await launch([
  '--disable-dev-shm-usage',
  '--disable-smooth-scrolling',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-extensions',
  '--mute-audio'
]);
const chromeVersion = browser.version();

// In-page recorder. Installed right before the measured pass.
const RECORDER = () => {
  const rec = { frames: [], longtasks: [], loafs: [] };
  window.__sj = rec;
  rec.obs = [];
  for (const [type, arr] of [
    ['longtask', rec.longtasks],
    ['long-animation-frame', rec.loafs]
  ]) {
    try {
      const ob = new PerformanceObserver((l) => {
        for (const e of l.getEntries())
          arr.push({ start: e.startTime, dur: e.duration, block: e.blockingDuration ?? null });
      });
      ob.observe({ type, buffered: false });
      rec.obs.push(ob);
    } catch {
      rec[type + 'Unsupported'] = true;
    }
  }
};

async function scrollPass(page, speed, method, record) {
  if (record) await page.evaluate(RECORDER);
  const maxScroll = await page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
  if (method === 'js') {
    return page.evaluate(
      ({ speed, record, timeoutMs }) =>
        new Promise((resolve) => {
          const rec = window.__sj;
          const se = document.scrollingElement;
          let t0 = null;
          const step = (t) => {
            if (t0 === null) t0 = t;
            if (record) rec.frames.push(t);
            const max = se.scrollHeight - innerHeight; // re-read: page may grow
            const target = Math.min(max, (speed * (t - t0)) / 1000);
            window.scrollTo({ top: target, left: 0, behavior: 'instant' });
            if (target >= max || t - t0 > timeoutMs)
              resolve({ durationMs: t - t0, distancePx: se.scrollTop, maxScroll: max });
            else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      { speed, record, timeoutMs: o.timeout * 1000 }
    );
  }
  // wheel: drive real input events from Node; rAF loop only records.
  if (record)
    await page.evaluate(() => {
      const r = window.__sj;
      const f = (t) => {
        if (r.stop) return;
        r.frames.push(t);
        requestAnimationFrame(f);
      };
      requestAnimationFrame(f);
    });
  await page.mouse.move(vw / 2, vh / 2);
  const start = Date.now();
  let sent = 0;
  while (true) {
    const elapsed = Date.now() - start;
    const target = Math.min(maxScroll, (speed * elapsed) / 1000);
    if (target > sent) {
      await page.mouse.wheel(0, target - sent);
      sent = target;
    }
    const y = await page.evaluate(() => scrollY);
    if ((sent >= maxScroll && y >= maxScroll - 2) || elapsed > o.timeout * 1000) break;
    await new Promise((r) => setTimeout(r, 16));
  }
  await page.waitForTimeout(100);
  return page.evaluate(
    ({ start }) => {
      window.__sj && (window.__sj.stop = true);
      return {
        durationMs: Date.now() - start,
        distancePx: scrollY,
        maxScroll: document.scrollingElement.scrollHeight - innerHeight
      };
    },
    { start }
  );
}

const pct = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null);
const r2 = (x) => (x == null || Number.isNaN(x) ? null : Math.round(x * 100) / 100);

async function measure(url) {
  const context = await browser.newContext({
    viewport: { width: vw, height: vh },
    deviceScaleFactor: 1,
    reducedMotion: 'no-preference'
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: o['wait-until'], timeout: 60000 });
  await page.evaluate(() => document.fonts?.ready);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.cpu });
  await page.waitForTimeout(o.settle);
  if (o.warmup) {
    await scrollPass(page, Math.max(o.speed * 4, 6000), 'js', false);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(o.settle);
  }
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await page.waitForTimeout(200);
  const pass = await scrollPass(page, o.speed, o.method, true);
  await page.waitForTimeout(200); // let observers flush
  const rec = await page.evaluate(() => {
    const r = window.__sj;
    r.obs.forEach((ob) => {
      ob.takeRecords?.();
      ob.disconnect();
    });
    return {
      frames: r.frames,
      longtasks: r.longtasks,
      loafs: r.loafs,
      ltU: !!r['longtaskUnsupported'],
      loafU: !!r['long-animation-frameUnsupported']
    };
  });
  await context.close();

  const iv = [];
  for (let i = 1; i < rec.frames.length; i++) iv.push(rec.frames[i] - rec.frames[i - 1]);
  const s = [...iv].sort((a, b) => a - b);
  const FRAME = 1000 / 60;
  return {
    frames: rec.frames.length,
    durationMs: Math.round(pass.durationMs),
    distancePx: Math.round(pass.distancePx),
    scrollHeightPx: Math.round(pass.maxScroll + vh),
    medianFrameMs: r2(pct(s, 50)),
    p95FrameMs: r2(pct(s, 95)),
    maxFrameMs: r2(s.at(-1)),
    pctFramesOver20ms: r2((100 * iv.filter((x) => x > 20).length) / Math.max(1, iv.length)),
    droppedFrames60Hz: iv.reduce((n, x) => n + Math.max(0, Math.round(x / FRAME) - 1), 0),
    longTasks: rec.longtasks.length,
    longTaskTotalMs: Math.round(rec.longtasks.reduce((t, e) => t + e.dur, 0)),
    longTaskBlockingMs: Math.round(rec.longtasks.reduce((t, e) => t + Math.max(0, e.dur - 50), 0)),
    longAnimationFrames: rec.loafU ? null : rec.loafs.length,
    loafBlockingMs: rec.loafU ? null : Math.round(rec.loafs.reduce((t, e) => t + (e.block ?? 0), 0))
  };
}

const runs = Object.fromEntries(urls.map((u) => [u, []]));
for (let r = 0; r < o.repeat; r++) {
  const order = r % 2 ? [...urls].reverse() : urls; // alternate order to cancel drift
  for (const u of order) {
    log(`run ${r + 1}/${o.repeat} ${u}`);
    runs[u].push(await measure(u));
  }
}
await browser.close();

const med = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const out = {
  chromium: chromeVersion,
  config: {
    cpuThrottling: o.cpu,
    speedPxPerS: o.speed,
    method: o.method,
    viewport: `${vw}x${vh}`,
    repeat: o.repeat,
    warmup: o.warmup
  },
  results: urls.map((u) => ({
    url: u,
    median: Object.fromEntries(Object.keys(runs[u][0]).map((k) => [k, r2(med(runs[u].map((x) => x[k])))])),
    runs: runs[u]
  }))
};
if (urls.length > 1) {
  // deltas of each URL's medians vs the first URL (positive = worse for frame/long-task metrics)
  const base = out.results[0].median;
  out.comparison = out.results.slice(1).map((r) => ({
    url: r.url,
    vs: urls[0],
    delta: Object.fromEntries(
      [
        'medianFrameMs',
        'p95FrameMs',
        'pctFramesOver20ms',
        'droppedFrames60Hz',
        'longTasks',
        'longTaskTotalMs',
        'loafBlockingMs'
      ].map((k) => [k, r.median[k] == null || base[k] == null ? null : r2(r.median[k] - base[k])])
    )
  }));
}
console.log(JSON.stringify(out, null, 2));
