import { describe, expect, it } from 'vitest';
import { CACHE, headersFile, pageGroups, pagePaths, robotsTxt, sitemapXml } from '$lib/server/deploy';
import { readSiteConfig } from '$lib/site';

const config = readSiteConfig({ PUBLIC_SITE_URL: 'https://example.org', BASE_PATH: '/ai-boom' });

/** Parse a _headers file into rules (path pattern → headers). */
function parseHeaders(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [k, ...v] = line.trim().split(':');
      rules.at(-1)!.headers[k!.trim()] = v.join(':').trim();
    }
  }
  return rules;
}

/** Netlify / Cloudflare matching: a trailing * matches any rest, otherwise the path exactly. */
const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers a path receives, and any header set by two matching rules (hosts merge those differently). */
function headersFor(rules: ReturnType<typeof parseHeaders>, path: string) {
  const out: Record<string, string> = {};
  const clashes: string[] = [];
  for (const r of rules.filter((r) => matches(r.path, path))) {
    for (const [k, v] of Object.entries(r.headers)) {
      if (k in out) clashes.push(`${path}: ${k} set by two rules`);
      out[k] = v;
    }
  }
  return { out, clashes };
}

describe('_headers', () => {
  const groups = pageGroups([
    '/src/routes/+page.svelte',
    '/src/routes/s/[chapter]/+page.svelte',
    '/src/routes/s/[chapter]/[chart]/[step]/+page.svelte',
    '/src/routes/tables/[chart]/+page.svelte',
    '/src/routes/embed/[chart]/+page.svelte',
    '/src/routes/(group)/guide/+page.svelte'
  ]);
  const rules = parseHeaders(headersFile(config, groups));

  it('finds page groups from the routes', () => {
    expect(groups).toEqual(['/', '/embed/*', '/guide/*', '/s/*', '/tables/*']);
    expect(() => pageGroups(['/src/routes/[lang]/+page.svelte'])).toThrow(/starts with a parameter/);
  });

  it.each([
    ['/ai-boom/', "frame-ancestors 'none'", CACHE.page],
    ['/ai-boom/index.html', "frame-ancestors 'none'", CACHE.page],
    ['/ai-boom/s/machine/the-loop/amd/', "frame-ancestors 'none'", CACHE.page],
    ['/ai-boom/tables/the-loop/', "frame-ancestors 'none'", CACHE.page],
    ['/ai-boom/guide/', "frame-ancestors 'none'", CACHE.page],
    ['/ai-boom/embed/the-loop/amd/', 'frame-ancestors *', CACHE.page],
    ['/ai-boom/_app/immutable/nodes/0.abc.js', undefined, CACHE.immutable],
    ['/ai-boom/js/c/the-loop.abc.js', undefined, CACHE.immutable],
    ['/ai-boom/js/main.js', undefined, CACHE.entry],
    ['/ai-boom/cards/machine/the-loop/amd.png', undefined, CACHE.image],
    ['/ai-boom/charts/the-loop/amd.png', undefined, CACHE.image]
  ])('%s: framing %s, cache %s, each header from one rule', (path, csp, cache) => {
    const { out, clashes } = headersFor(rules, path);
    expect(clashes).toEqual([]);
    expect(out['Content-Security-Policy']).toBe(csp);
    expect(out['X-Frame-Options']).toBe(csp === "frame-ancestors 'none'" ? 'DENY' : undefined);
    expect(out['Cache-Control']).toBe(cache);
    expect(out['X-Content-Type-Options']).toBe('nosniff');
  });

  it('prefixes every path with BASE_PATH', () => {
    for (const r of rules) expect(r.path.startsWith('/ai-boom/')).toBe(true);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('list every page by absolute URL', () => {
    const xml = sitemapXml(config);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/
    );
    expect(locs).toEqual(pagePaths().map((p) => `https://example.org/ai-boom${p}`));
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('https://example.org/ai-boom/s/machine/the-loop/amd/');
    expect(locs).toContain('https://example.org/ai-boom/ja/s/machine/the-loop/amd/');
  });

  it('give every page its editions as hreflang alternates, both ways, with x-default', () => {
    const xml = sitemapXml(config);
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    for (const entry of entries) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
      const links = Object.fromEntries(
        [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
          m[1]!,
          m[2]!
        ])
      );
      const en = loc.replace('/ai-boom/ja/', '/ai-boom/');
      expect(links, loc).toEqual({ en, ja: en.replace('/ai-boom/', '/ai-boom/ja/'), 'x-default': en });
    }
    expect(entries.length).toBe(pagePaths().length);
  });

  it('point crawlers at the sitemap by absolute URL', () => {
    expect(robotsTxt(config)).toMatch(/^Sitemap: https:\/\/example\.org\/ai-boom\/sitemap\.xml$/m);
  });
});
