import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  absoluteUrl,
  parseBase,
  parseCorrections,
  parseOrigin,
  PREVIEW_ORIGIN,
  readSiteConfig,
  relativeUrl,
  SiteConfigError,
  sitePaths
} from '$lib/site';

describe('PUBLIC_SITE_URL', () => {
  it('defaults to the local preview when unset', () => {
    expect(parseOrigin(undefined)).toEqual({ origin: PREVIEW_ORIGIN, configured: false });
    expect(parseOrigin('  ')).toEqual({ origin: PREVIEW_ORIGIN, configured: false });
  });

  it('accepts an origin, with or without a trailing slash', () => {
    expect(parseOrigin('https://example.org')).toEqual({ origin: 'https://example.org', configured: true });
    expect(parseOrigin('https://Example.org/')).toEqual({ origin: 'https://example.org', configured: true });
    expect(parseOrigin('http://localhost:4173').origin).toBe('http://localhost:4173');
  });

  it.each([
    ['example.org', /is not a URL/],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://example.org/ai-boom', /has a path.*BASE_PATH=\/ai-boom/],
    ['https://example.org/?x=1', /query or fragment/],
    ['https://example.org/#top', /query or fragment/],
    ['https://me:secret@example.org', /user name or password/],
    ['https://exa mple.org', /is not a URL|malformed host/],
    ['https://example.org./', /malformed host/]
  ])('refuses %s with a message saying what to write', (raw, message) => {
    expect(() => parseOrigin(raw)).toThrow(SiteConfigError);
    expect(() => parseOrigin(raw)).toThrow(message);
    expect(() => parseOrigin(raw)).toThrow(/PUBLIC_SITE_URL=https:\/\/example\.org/);
  });
});

describe('BASE_PATH', () => {
  it('accepts the root and sub-paths, as SvelteKit does', () => {
    expect(parseBase(undefined)).toBe('');
    expect(parseBase('')).toBe('');
    expect(parseBase('/ai-boom')).toBe('/ai-boom');
    expect(parseBase('/stories/ai-boom')).toBe('/stories/ai-boom');
  });

  it.each(['ai-boom', '/ai-boom/', '/', '/ai boom', '//x'])('refuses "%s"', (raw) => {
    expect(() => parseBase(raw)).toThrow(/BASE_PATH=".*" must be empty or a path/);
  });
});

describe('URLs', () => {
  const config = readSiteConfig({ PUBLIC_SITE_URL: 'https://example.org', BASE_PATH: '/ai-boom' });

  it('are absolute: origin, base, path', () => {
    expect(absoluteUrl('/', config)).toBe('https://example.org/ai-boom/');
    expect(absoluteUrl(sitePaths.shareStep('en', 'machine', 'the-loop', 'amd'), config)).toBe(
      'https://example.org/ai-boom/s/machine/the-loop/amd/'
    );
    expect(absoluteUrl(sitePaths.cardArticle('en'), config)).toBe(
      'https://example.org/ai-boom/cards/article.png'
    );
    expect(() => absoluteUrl('s/x/', config)).toThrow();
  });

  it('are relative between pages, so the site works under any base', () => {
    expect(relativeUrl('/s/machine/the-loop/amd/', '/#machine/the-loop/amd')).toBe(
      '../../../../#machine/the-loop/amd'
    );
    expect(relativeUrl('/s/machine/', '/cards/machine.png')).toBe('../../cards/machine.png');
    expect(relativeUrl('/', '/s/machine/')).toBe('./s/machine/');
    // Resolving the relative URL against the page's absolute URL lands where the absolute path does.
    const page = absoluteUrl('/s/machine/the-loop/amd/', config);
    expect(new URL(relativeUrl('/s/machine/the-loop/amd/', '/#x'), page).href).toBe(
      absoluteUrl('/#x', config)
    );
  });
});

describe('the module', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });

  it('stops the build on a malformed PUBLIC_SITE_URL', async () => {
    process.env.PUBLIC_SITE_URL = 'example.org/ai-boom';
    vi.resetModules();
    await expect(import('$lib/site')).rejects.toThrow(/PUBLIC_SITE_URL="example.org\/ai-boom" is not a URL/);
  });

  it('warns when PUBLIC_SITE_URL is unset', async () => {
    delete process.env.PUBLIC_SITE_URL;
    delete process.env.VITEST;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('ai-boom.site.warned')];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.resetModules();
    const { site } = await import('$lib/site');
    expect(site.origin).toBe(PREVIEW_ORIGIN);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/PUBLIC_SITE_URL is not set/));
    warn.mockRestore();
  });
});

describe('PUBLIC_CORRECTIONS_EMAIL', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['  corrections@news.example  ', 'corrections@news.example']
  ])('%j gives %j', (raw, expected) => {
    expect(parseCorrections(raw)).toBe(expected);
  });

  it.each(['corrections', 'a@b', 'a b@c.org', '<x@y.org>'])(
    'refuses %j with a message saying what to write',
    (raw) => {
      expect(() => parseCorrections(raw)).toThrow(/PUBLIC_CORRECTIONS_EMAIL=.* is not an email address/);
    }
  );
});
