/**
 * Sharing in the article: the share control of a block shares the step its chart shows (its
 * share page's absolute URL), by copy-link with an announced confirmation and by the device's
 * share sheet where navigator.share exists; a chapter's control shares the chapter; the menu is
 * a keyboard- and screen-reader-usable popover with 44 px targets that requests nothing. A
 * share URL lands on its step, showing that step's frame from the first paint. The short
 * version's lines lead to their steps. Without JavaScript the control is a link to the share
 * page, which has the links to post.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { shortVersion } from '$lib/article/short-version';
import { absoluteUrl, sitePaths } from '$lib/site';
import {
  axeViolations,
  expectOnlyStep,
  type Harness,
  hashOf,
  landingSeen,
  sampleLandingBlock,
  scrollToStep,
  settledFrame,
  start,
  steps,
  WCAG_TAGS
} from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

const shareUrl = (s: { chapter: string; chart: string; step: string }) =>
  absoluteUrl(sitePaths.shareStep('en', s.chapter, s.chart, s.step));
const step = (chart: string, id: string) => steps.find((s) => s.chart === chart && s.step === id)!;

/** A page whose clipboard the test may read, without navigator.share (so the menu offers copy first). */
async function clipboardPage(viewport = { width: 390, height: 844 }): Promise<Page> {
  const page = await (await harness()).page({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  return page;
}

const chartButton = (page: Page, chart: string) =>
  page.locator(`section.scrolly[data-chart="${chart}"] .graphic .share-button`);
const menu = (page: Page) => page.locator('#share-menu');

async function copyFromMenu(page: Page): Promise<string> {
  await menu(page).locator('[data-act="copy"]').click();
  // Visible, and in a status region a screen reader announces.
  const status = menu(page).locator('[role="status"][aria-live="polite"]');
  await expect.poll(() => status.textContent()).toBe('Link copied');
  expect(await status.isVisible()).toBe(true);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the share control of a block', () => {
  it('copies the share URL of the step its chart shows, and follows the reader to the next step', async () => {
    const page = await clipboardPage();
    const amd = step('the-loop', 'amd');
    await page.goto(`${h.url}#${amd.key}`);
    await settledFrame(page, amd.chart, amd.step);
    await chartButton(page, amd.chart).click();
    await expect.poll(() => menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(true);
    expect(await menu(page).locator('.share-url').inputValue()).toBe(shareUrl(amd));
    expect(await copyFromMenu(page)).toBe(shareUrl(amd));

    // The reader scrolls on: the same button now shares the new step.
    await page.keyboard.press('Escape');
    const next = step('the-loop', 'coreweave');
    await scrollToStep(page, next.key);
    await settledFrame(page, next.chart, next.step);
    await chartButton(page, next.chart).click();
    expect(await copyFromMenu(page)).toBe(shareUrl(next));
    await page.context().close();
  });

  it('calls navigator.share with the step’s share URL where the browser has it', async () => {
    const page = await (await harness()).page();
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => (calls.push(data), Promise.resolve())
      });
    });
    const s = step('nvidia-datacenter-revenue', 'thirteen-fold');
    await page.goto(`${h.url}#${s.key}`);
    await settledFrame(page, s.chart, s.step);
    await chartButton(page, s.chart).click();
    const native = menu(page).locator('[data-act="native"]');
    // Offered first, and focused.
    await expect.poll(() => native.evaluate((b) => b === document.activeElement)).toBe(true);
    await native.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: 'NVIDIA data-center revenue by quarter', url: shareUrl(s) }]);
    await page.context().close();
  });

  it('is a button that opens a popover by keyboard, moves focus in, and closes on Escape with focus back', async () => {
    const page = await clipboardPage();
    const s = step('the-buildout', 'take-off');
    await page.goto(`${h.url}#${s.key}`);
    await settledFrame(page, s.chart, s.step);
    const button = chartButton(page, s.chart);
    expect(await button.evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('#share-menu') !== null)).toBe(true);
    expect(await menu(page).getAttribute('role')).toBe('dialog');
    const name = await menu(page).evaluate(
      (m) => document.getElementById(m.getAttribute('aria-labelledby')!)?.textContent
    );
    expect(name).toContain('Capital spending of Amazon, Alphabet, Meta and Microsoft');
    // Tab reaches every action; Escape closes and gives the focus back.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#share-menu') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // A second click on the button closes the menu it opened.
    await button.click();
    await expect.poll(() => menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(true);
    await button.click();
    await expect.poll(() => menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(false);
    // Open from one button, then from another by keyboard: the menu moves, and only the second
    // button says it is expanded, a moment later too.
    await button.focus();
    await page.keyboard.press('Enter');
    const other = page.locator(`section.scrolly[data-chart="${s.chart}"] .chart-data .share-button`);
    await other.focus();
    await page.keyboard.press('Enter');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(await menu(page).evaluate((m) => m.matches(':popover-open'))).toBe(true);
    expect([await button.getAttribute('aria-expanded'), await other.getAttribute('aria-expanded')]).toEqual([
      'false',
      'true'
    ]);
    await page.context().close();
  });

  it.each([
    [390, 844],
    [320, 568]
  ])(
    'has 44 px targets, fits the %i×%i screen, and posts by plain links built for the step',
    async (width, height) => {
      const page = await clipboardPage({ width, height });
      const s = step('last-time', 'the-fall');
      await page.goto(`${h.url}#${s.key}`);
      await settledFrame(page, s.chart, s.step);
      const button = chartButton(page, s.chart);
      // Drawn small beside the chart's title; its target is 44 × 44 px all the same: every point
      // of that square, even over the chart's edge, is the button's.
      const missed = await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        const out: string[] = [];
        for (const dx of [-21.5, 0, 21.5])
          for (const dy of [-21.5, 0, 21.5]) {
            const at = document.elementFromPoint(cx + dx, cy + dy);
            if (at?.closest('button') !== b) out.push(`${dx},${dy}: ${at?.className}`);
          }
        return out;
      });
      expect(missed).toEqual([]);
      await button.click();
      await menu(page).locator('[data-act="embed"]').click();
      const targets = await menu(page).evaluate((m) =>
        [...m.querySelectorAll<HTMLElement>('button, a, input[type="radio"]')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => {
            const target = el.matches('input') ? el.closest('label')! : el;
            const r = target.getBoundingClientRect();
            return { name: el.textContent?.trim() || el.getAttribute('value'), w: r.width, h: r.height };
          })
      );
      expect(targets.length).toBeGreaterThan(10);
      for (const t of targets) expect(t.h, t.name ?? '').toBeGreaterThanOrEqual(44);
      const r = await menu(page).boundingBox();
      expect(r!.x).toBeGreaterThanOrEqual(0);
      expect(r!.x + r!.width).toBeLessThanOrEqual(width);
      expect(r!.y).toBeGreaterThanOrEqual(0);
      expect(r!.y + r!.height).toBeLessThanOrEqual(height);
      const links = await menu(page)
        .locator('a[data-net]')
        .evaluateAll((as) =>
          as.map((a) => ({
            net: a.getAttribute('data-net'),
            href: (a as HTMLAnchorElement).href,
            target: a.getAttribute('target')
          }))
        );
      expect(links.map((l) => l.net)).toEqual(['x', 'bluesky', 'facebook', 'linkedin', 'reddit', 'email']);
      for (const l of links) {
        expect(l.href).toMatch(l.net === 'email' ? /^mailto:\?/ : /^https:\/\//);
        expect(decodeURIComponent(l.href)).toContain(shareUrl(s));
      }
      // The embed code names the whole chart, and the host script, on the public site.
      const code = await menu(page).locator('.share-code').inputValue();
      expect(code).toContain(`src="${absoluteUrl(sitePaths.embedChart('en', s.chart))}"`);
      expect(code).toContain(`src="${absoluteUrl('/embed.js')}"`);
      await menu(page).locator('input[value="step"]').check();
      expect(await menu(page).locator('.share-code').inputValue()).toContain(
        `src="${absoluteUrl(sitePaths.embedStep('en', s.chart, s.step))}"`
      );
      await menu(page).locator('[data-act="copy-code"]').click();
      await expect.poll(() => menu(page).locator('[role="status"]').textContent()).toBe('Code copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe src=');
      await page.context().close();
    }
  );

  it.each(['light', 'dark'] as const)(
    'has no axe violations with the menu open (%s)',
    async (colorScheme) => {
      const page = await (await harness()).page({ colorScheme });
      const s = step('the-bet', 'palantir');
      await page.goto(`${h.url}#${s.key}`);
      await settledFrame(page, s.chart, s.step);
      await chartButton(page, s.chart).click();
      await menu(page).locator('[data-act="embed"]').click();
      const found = await axeViolations(page, (axe) =>
        axe
          .include('#share-menu')
          .include(`section.scrolly[data-chart="${s.chart}"] .graphic-title`)
          .withTags(WCAG_TAGS)
      );
      expect(found).toEqual([]);
      await page.context().close();
    }
  );
});

describe('the share control of a chapter', () => {
  it('copies the chapter’s share URL', async () => {
    const page = await clipboardPage();
    await page.goto(`${h.url}#price`);
    await page.locator('section.chapter#price > .share-control button').click();
    expect(await copyFromMenu(page)).toBe(absoluteUrl(sitePaths.shareChapter('en', 'price')));
    // A chapter has no embed.
    expect(await menu(page).locator('[data-act="embed"]').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('a share URL', () => {
  // A step early in its chart and the last of another, in different chapters.
  const opened = [step('the-loop', 'azure-contract'), steps.filter((s) => s.last).at(-1)!];

  it.each(opened.map((s) => [s.key, s] as const))(
    'opens %s in the article on that step’s frame from the first paint (390×844, 4× slower CPU)',
    async (_, s) => {
      const page = await (await harness()).page();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(sampleLandingBlock);
      await page.goto(shareUrl(s).replace(absoluteUrl('/'), h.url));
      await page.waitForURL((u) => u.hash.length > 1);
      await settledFrame(page, s.chart, s.step);
      await expect.poll(() => hashOf(page)).toBe(`#${s.key}`);
      expectOnlyStep(await landingSeen(page), s.step);
      await page.context().close();
    }
  );
});

describe('without JavaScript', () => {
  it('each control is a link to its share page, which has the links to post', async () => {
    const page = await (await harness()).page({ javaScriptEnabled: false });
    await page.goto(h.url);
    expect(await page.locator('.share-button:visible').count()).toBe(0);
    const s = steps.find((x) => x.chart === 'the-buildout' && x.first)!;
    const link = page.locator(`section.scrolly[data-chart="${s.chart}"] .chart-data a.share-link`);
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
    expect(href).toBe(`${h.url}s/${s.chapter}/${s.chart}/${s.step}/`);
    // The share page (its refresh needs no script: stop at the page itself to read it).
    const res = await page.request.get(href);
    const html = await res.text();
    for (const net of [
      'x.com/intent/post',
      'bsky.app/intent/compose',
      'facebook.com/sharer',
      'linkedin.com/sharing',
      'reddit.com/submit',
      'mailto:?'
    ]) {
      expect(html).toContain(net);
    }
    expect(html).toContain(encodeURIComponent(shareUrl(s)));
    const chapterLink = page.locator('section.chapter#machine > .share-control a.share-link');
    expect(await chapterLink.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${h.url}s/machine/`);
    await page.context().close();
  });
});

describe('the short version', () => {
  it('leads each line to its step', async () => {
    const page = await (await harness()).page();
    await page.goto(h.url);
    const lines = page.locator('section.short li a');
    const findings = shortVersion('en')!.findings;
    expect(await lines.count()).toBe(5);
    for (const [i, f] of findings.entries()) {
      await page.goto(h.url);
      await lines.nth(i).click();
      const [chapter, chart, id] = f.key.split('/');
      await settledFrame(page, chart!, id!);
      await expect.poll(() => hashOf(page)).toBe(`#${f.key}`);
      expect(chapter).toBeTruthy();
    }
    await page.context().close();
  });
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
