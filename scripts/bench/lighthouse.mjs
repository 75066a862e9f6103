#!/usr/bin/env node
// @ts-nocheck -- adapted from shared/bench (reference measurement scripts)
// Lighthouse via Node API + chrome-launcher, Debian Chromium. Mobile preset (Lighthouse default).
// usage: node lighthouse.mjs <url> [--runs 3] [--desktop] [--save out/prefix]
// prints JSON: per-run metrics + median of each metric.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BENCH_ARGS, CHROME } from '../browser.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const runs = Number(opt('--runs', 1));
const save = opt('--save', null);
const desktop = args.includes('--desktop');
if (!url) {
  console.error('usage: node lighthouse.mjs <url> [--runs N] [--desktop] [--save prefix]');
  process.exit(2);
}

// Lighthouse starts its own Chromium (chrome-launcher) with the project's flags.
const chromeFlags = BENCH_ARGS;

function summarize(lhr) {
  const a = lhr.audits;
  const net = a['network-requests']?.details?.items ?? [];
  const sum = (t) => net.filter((i) => i.resourceType === t).reduce((s, i) => s + (i.transferSize ?? 0), 0);
  return {
    scores: Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, c.score == null ? null : Math.round(c.score * 100)])
    ),
    FCP_ms: Math.round(a['first-contentful-paint'].numericValue),
    LCP_ms: Math.round(a['largest-contentful-paint'].numericValue),
    CLS: +a['cumulative-layout-shift'].numericValue.toFixed(4),
    TBT_ms: Math.round(a['total-blocking-time'].numericValue),
    SI_ms: Math.round(a['speed-index'].numericValue),
    requests: net.length,
    totalTransfer_B: a['total-byte-weight'].numericValue,
    jsTransfer_B: sum('Script'),
    cssTransfer_B: sum('Stylesheet'),
    htmlTransfer_B: sum('Document'),
    fontTransfer_B: sum('Font'),
    imageTransfer_B: sum('Image')
  };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = [];
let meta;
for (let i = 0; i < runs; i++) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags
  });
  try {
    const config = desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const r = await lighthouse(
      url,
      { port: chrome.port, output: save ? ['json', 'html'] : 'json', logLevel: 'error' },
      config
    );
    if (r.lhr.runtimeError) throw new Error(`${r.lhr.runtimeError.code}: ${r.lhr.runtimeError.message}`);
    meta = {
      lighthouse: r.lhr.lighthouseVersion,
      formFactor: r.lhr.configSettings.formFactor,
      throttling: r.lhr.configSettings.throttlingMethod,
      chrome: r.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0],
      warnings: r.lhr.runWarnings
    };
    results.push(summarize(r.lhr));
    if (save) {
      mkdirSync(dirname(save), { recursive: true });
      writeFileSync(`${save}.${i}.json`, r.report[0]);
      writeFileSync(`${save}.${i}.html`, r.report[1]);
    }
  } finally {
    await chrome.kill();
  }
}
const med = {};
for (const k of Object.keys(results[0])) {
  if (k === 'scores')
    med.scores = Object.fromEntries(
      Object.keys(results[0].scores).map((c) => [c, median(results.map((r) => r.scores[c]))])
    );
  else med[k] = median(results.map((r) => r[k]));
}
console.log(JSON.stringify({ url, ...meta, runs, median: med, perRun: results }, null, 2));
