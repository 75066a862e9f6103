import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '$lib/meta/article';
import { jsonLdScript, newsArticle } from '$lib/meta/jsonld';
import PageMeta from '$lib/meta/PageMeta.svelte';
import { clipText, firstSentence } from '$lib/meta/text';
import { absoluteUrl, editions } from '$lib/site';

describe('clipText', () => {
  const long =
    'A dashed arrow from OpenAI to Azure cloud labelled $250B: the extra Azure services OpenAI contracted on 28 October 2025. Dashed means a contract, not yet a payment, and the payments run for years.';

  it('leaves short text alone (whitespace collapsed)', () => {
    expect(clipText('  It starts\n with an investment. ', 200)).toBe('It starts with an investment.');
  });

  it('cuts at a word, within the limit, with an ellipsis', () => {
    for (const max of [20, 60, 120, long.length - 1]) {
      const out = clipText(long, max);
      expect([...out].length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      const kept = out.slice(0, -1);
      expect(long.startsWith(kept)).toBe(true);
      expect(long[kept.length]).toMatch(/[\s,.:;]/); // the cut is at a word boundary
    }
  });

  it('cuts a single over-long word where it must', () => {
    expect(clipText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('firstSentence', () => {
  it('stops at the first full stop followed by a new sentence', () => {
    expect(firstSentence('It starts with an investment. Between 2019 and 2023…')).toBe(
      'It starts with an investment.'
    );
    expect(firstSentence('Worth $1.38 billion in all. Each square…')).toBe('Worth $1.38 billion in all.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('JSON-LD', () => {
  it('describes the article as a NewsArticle with absolute URLs', () => {
    const a = newsArticle('en');
    expect(a).toMatchObject({
      '@type': 'NewsArticle',
      headline: editions.en.name,
      inLanguage: 'en',
      datePublished: editions.en.published,
      dateModified: editions.en.modified
    });
    expect(a.image).toEqual([absoluteUrl('/cards/article.png')]);
    for (const k of ['description', 'author', 'publisher']) expect(a[k]).toBeTruthy();
  });

  it('cannot be closed early by its own text', () => {
    const html = jsonLdScript({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const body = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(body).headline).toBe('</script><script>alert(1)</script> & \u2028');
  });

  it('dates are ISO and the modification is not before publication', () => {
    for (const e of Object.values(editions)) {
      expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.modified >= e.published).toBe(true);
    }
  });
});

describe('<PageMeta>', () => {
  const { head } = render(PageMeta, { props: articleMeta('en') });
  const meta = (attr: string, name: string) =>
    new RegExp(`<meta ${attr}="${name.replace(/[:+]/g, '\\$&')}" content="([^"]*)"`).exec(head)?.[1];

  it('emits title, description, canonical, Open Graph and the Twitter card, all absolute', () => {
    expect(head).toMatch(/<title>The AI boom, followed by the money<\/title>/);
    expect(head).toContain(`<link rel="canonical" href="${absoluteUrl('/')}"`);
    for (const p of [
      'og:title',
      'og:description',
      'og:url',
      'og:type',
      'og:site_name',
      'og:locale',
      'og:image',
      'og:image:alt'
    ]) {
      expect(meta('property', p), p).toBeTruthy();
    }
    expect(meta('property', 'og:url')).toBe(absoluteUrl('/'));
    expect(meta('property', 'og:image')).toBe(absoluteUrl('/cards/article.png'));
    expect(meta('property', 'og:image:width')).toBe('1200');
    expect(meta('property', 'og:image:height')).toBe('630');
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(meta('name', 'description')!.length).toBeLessThanOrEqual(200);
  });

  it('carries the JSON-LD as a data block that parses', () => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head);
    expect(JSON.parse(m![1]!)['@type']).toBe('NewsArticle');
  });
});

describe('firstSentence, abbreviations', () => {
  it('does not end a sentence inside J.P. Morgan or U.S.', () => {
    expect(
      firstSentence('J.P. Morgan estimates that 75% came from a few stocks. Of every four dollars…')
    ).toBe('J.P. Morgan estimates that 75% came from a few stocks.');
    expect(firstSentence('The U.S. Congress passed it in 2022. Then…')).toBe(
      'The U.S. Congress passed it in 2022.'
    );
  });
});

describe('firstSentence, acronyms', () => {
  it('ends a sentence after a longer word in capitals, not after a two-letter one', () => {
    expect(firstSentence('Clouds buy chips, above all from NVIDIA. In its fiscal year…')).toBe(
      'Clouds buy chips, above all from NVIDIA.'
    );
    expect(firstSentence('Investors bet on AI. Then…')).toBe('Investors bet on AI. Then…');
  });
});
