/**
 * The Japanese edition in Chromium on the served build: /ja/ on a phone (390×844) — every chart
 * block comes to life and draws its first step, a link to a step lands on that step's frame, the
 * language switch keeps the reader's step both ways (its href follows the fragment as the reader
 * scrolls), a Japanese share page sends the reader on to the step in /ja/, axe finds nothing in
 * light and dark, and nothing scrolls sideways at 320 px, with or without JavaScript. Sharing in
 * Japanese: a block's share control shares the /ja/ share page and offers the /ja/ embed, whose
 * page reads and draws in Japanese; without JavaScript the control links to the /ja/ share page;
 * the short version's lines lead to their steps in /ja/. The file ends with the check that no
 * page logged an error or made a third-party request.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { shortVersion } from '$lib/article/short-version';
import { outlineOf } from '$lib/content/outline';
import { absoluteUrl, sitePaths } from '$lib/site';
import { axeViolations, type Harness, hashOf, scrollToStep, settledFrame, start } from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

const charts = outlineOf.ja.flatMap((c) => c.charts);
const switchHref = (page: Page) => page.$eval('a[data-edition-switch]', (a) => (a as HTMLAnchorElement).href);

describe('/ja/ on a phone (390×844)', () => {
  it('brings every chart block to life, each drawing its first step as the reader reaches it', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    await page.goto(`${url}ja/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    for (const chart of charts) {
      const first = chart.steps[0]!;
      await scrollToStep(page, first.key);
      await settledFrame(page, chart.id, first.id);
      expect(await hashOf(page)).toBe(`#${first.key}`);
    }
    await page.context().close();
  }, 180_000);

  it('lands a link to a step on that step’s frame', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    const chart = charts.find((c) => c.id === 'nvidia-datacenter-revenue')!;
    const last = chart.steps.at(-1)!;
    await page.goto(`${url}ja/#${last.key}`);
    await settledFrame(page, chart.id, last.id);
    const inView = await page.$eval(`[id="${last.key}"]`, (el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  it('keeps the reader’s step across the language switch, both ways', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    const loop = charts.find((c) => c.id === 'the-loop')!;
    const [a, b] = [loop.steps[2]!, loop.steps[5]!];
    // Japanese, landed on a step: the switch leads to the same step in English.
    await page.goto(`${url}ja/#${a.key}`);
    await settledFrame(page, loop.id, a.id);
    await expect.poll(() => switchHref(page)).toBe(`${url}#${a.key}`);
    await page.click('a[data-edition-switch]');
    await page.waitForURL(`${url}#${a.key}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await settledFrame(page, loop.id, a.id);
    // English, read on to another step: the switch follows the fragment, and leads back.
    await scrollToStep(page, b.key);
    await settledFrame(page, loop.id, b.id);
    await expect.poll(() => hashOf(page)).toBe(`#${b.key}`);
    await expect.poll(() => switchHref(page)).toBe(`${url}ja/#${b.key}`);
    await page.click('a[data-edition-switch]');
    await page.waitForURL(`${url}ja/#${b.key}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await settledFrame(page, loop.id, b.id);
    // Back at the top of the page there is no step to keep: the switch leads to the top.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => switchHref(page)).toBe(url);
    await page.context().close();
  });

  it('sends a reader of a Japanese share page on to the step in /ja/', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    const loop = charts.find((c) => c.id === 'the-loop')!;
    const step = loop.steps.at(-1)!;
    await page.goto(`${url}ja/s/${step.key}/`);
    await page.waitForURL(`${url}ja/#${step.key}`);
    await settledFrame(page, loop.id, step.id);
    await page.context().close();
  });
});

describe('reading /ja/', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false]
  ] as const)('at 320×568 nothing scrolls sideways (%s)', async (_, javaScriptEnabled) => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 320, height: 568 }, javaScriptEnabled });
    await page.goto(`${url}ja/`);
    for (const chart of charts.filter((_, i) => i % 4 === 0)) await scrollToStep(page, chart.steps[0]!.key);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (!javaScriptEnabled) expect(await switchHref(page)).toBe(url);
    await page.context().close();
  });

  it.each([
    ['the article, phone, light', 'ja/', { width: 390, height: 844 }, 'light'],
    ['the article, desktop, dark', 'ja/', { width: 1440, height: 900 }, 'dark'],
    ['a data page, phone, dark', 'ja/tables/the-buildout/', { width: 390, height: 844 }, 'dark'],
    ['how to cite, phone, light', 'ja/cite/', { width: 390, height: 844 }, 'light'],
    ['the glossary, desktop, light', 'ja/glossary/', { width: 1440, height: 900 }, 'light']
  ] as const)('has no axe violations (%s)', async (_, path, viewport, colorScheme) => {
    const { page: open, url } = await harness();
    const page = await open({ viewport, colorScheme });
    await page.goto(`${url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('sharing /ja/', () => {
  const loop = charts.find((c) => c.id === 'the-loop')!;
  const menu = (page: Page) => page.locator('#share-menu');
  const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it('a block’s share control copies the Japanese share URL and offers the Japanese embed', async () => {
    const { page: open, url } = await harness();
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const s = loop.steps[2]!;
    await page.goto(`${url}ja/#${s.key}`);
    await settledFrame(page, loop.id, s.id);
    await page.locator(`section.scrolly[data-chart="${loop.id}"] .graphic .share-button`).click();
    await expect.poll(() => menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(true);
    const shared = absoluteUrl(sitePaths.shareStep('ja', 'machine', loop.id, s.id));
    expect(await menu(page).locator('.share-url').inputValue()).toBe(shared);
    await menu(page).locator('[data-act="copy"]').click();
    await expect
      .poll(() => menu(page).locator('[role="status"]').textContent())
      .toBe('リンクをコピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    await menu(page).locator('[data-act="embed"]').click();
    expect(await menu(page).locator('.share-code').inputValue()).toContain(
      `src="${absoluteUrl(sitePaths.embedChart('ja', loop.id))}"`
    );
    await page.context().close();
  });

  it('a Japanese embed reads, counts and draws in Japanese, and leads back to /ja/', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    await page.goto(`${url}ja/embed/${loop.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.waitForSelector('.embed[data-live] .canvas svg');
    expect(await page.locator('.embed-count').textContent()).toBe(`ステップ 1／${loop.steps.length}`);
    expect(await page.locator('button[data-go="1"]').textContent()).toContain('次へ');
    // The live chart is named by the step's Japanese text alternative. (Its drawn labels are the
    // chart's strings for <html lang>: English until a chart has Japanese ones.)
    expect(await page.locator('.canvas').getAttribute('aria-label')).toMatch(CJK);
    await page.locator('button[data-go="1"]').click();
    expect(await page.locator('.embed-count').textContent()).toBe(`ステップ 2／${loop.steps.length}`);
    expect(await page.$eval('a.embed-article', (a) => (a as HTMLAnchorElement).href)).toBe(
      `${url}ja/#${loop.steps[1]!.key}`
    );
    await page.context().close();
  });

  it('without JavaScript, the share controls are links to the Japanese share pages', async () => {
    const { page: open, url } = await harness();
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${url}ja/`);
    const first = loop.steps[0]!;
    const link = page.locator(`section.scrolly[data-chart="${loop.id}"] .graphic a.share-link`);
    expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}ja/s/${first.key}/`);
    const chapter = page.locator('section.chapter#machine > .share-control a.share-link');
    expect(await chapter.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${url}ja/s/machine/`);
    await page.context().close();
  });

  it('the short version leads each line to its step in /ja/', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    const findings = shortVersion('ja')!.findings;
    await page.goto(`${url}ja/`);
    expect(await page.locator('section.short li a').count()).toBe(findings.length);
    for (const [i, f] of findings.entries()) {
      await page.goto(`${url}ja/`);
      await page.locator('section.short li a').nth(i).click();
      const [, chart, id] = f.key.split('/');
      await settledFrame(page, chart!, id!);
      expect(await hashOf(page)).toBe(`#${f.key}`);
    }
    await page.context().close();
  });
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
