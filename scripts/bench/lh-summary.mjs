#!/usr/bin/env node
// @ts-nocheck -- adapted from shared/bench (reference measurement scripts)
// usage: node lh-summary.mjs report.json  -> compact JSON of scores + key metrics
import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const a = r.audits;
const net = a['network-requests']?.details?.items ?? [];
const sum = (f) => net.filter(f).reduce((s, i) => s + (i.transferSize ?? 0), 0);
const out = {
  lighthouse: r.lighthouseVersion,
  url: r.finalDisplayedUrl,
  formFactor: r.configSettings.formFactor,
  throttling: r.configSettings.throttlingMethod,
  userAgent: r.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0],
  runtimeError: r.runtimeError?.code ?? null,
  runWarnings: r.runWarnings,
  scores: Object.fromEntries(
    Object.entries(r.categories).map(([k, c]) => [k, c.score === null ? null : Math.round(c.score * 100)])
  ),
  FCP_ms: Math.round(a['first-contentful-paint'].numericValue),
  LCP_ms: Math.round(a['largest-contentful-paint'].numericValue),
  CLS: +a['cumulative-layout-shift'].numericValue.toFixed(4),
  TBT_ms: Math.round(a['total-blocking-time'].numericValue),
  SI_ms: Math.round(a['speed-index'].numericValue),
  TTI_ms: Math.round(a['interactive']?.numericValue ?? NaN),
  requests: net.length,
  totalTransfer_B: a['total-byte-weight'].numericValue,
  jsTransfer_B: sum((i) => i.resourceType === 'Script'),
  cssTransfer_B: sum((i) => i.resourceType === 'Stylesheet'),
  htmlTransfer_B: sum((i) => i.resourceType === 'Document'),
  failedAudits: Object.values(a)
    .filter(
      (x) =>
        x.score !== null &&
        x.score < 0.9 &&
        x.scoreDisplayMode !== 'informative' &&
        x.scoreDisplayMode !== 'notApplicable' &&
        x.scoreDisplayMode !== 'manual'
    )
    .map((x) => `${x.id}:${x.score}`)
};
console.log(JSON.stringify(out, null, 2));
