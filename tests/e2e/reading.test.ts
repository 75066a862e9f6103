/**
 * Reading the built article as different readers do: without JavaScript, with reduced motion,
 * on a 320 px phone, by keyboard and with a screen reader (axe), and footnotes by tap.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollToStep, settledFrame, start, steps, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

describe('without JavaScript', () => {
  it('shows the prose and every step’s chart frame under its step, and lands on a step link', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    const s = steps[Math.floor(steps.length / 2)]!;
    await page.goto(`${h.url}#${s.key}`);
    const frames = page.locator('.step img.frame');
    expect(await frames.count()).toBe(steps.length);
    for (const i of [0, steps.length - 1]) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      await expect
        .poll(() => frames.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      const box = await frames.nth(i).boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(100);
    }
    expect(await page.locator('.graphic').first().isVisible()).toBe(false);
    // The browser's own fragment navigation brings the step into view.
    await page.goto(`${h.url}#${s.key}`);
    const top = await page.locator(`[id="${s.key}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(844);
    await page.context().close();
  });
});

describe('in print', () => {
  it('shows every step’s frame under its prose, loaded, and hides the sticky graphics', async () => {
    const page = await h.page();
    await page.goto(h.url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect
      .poll(
        () =>
          page.$$eval(
            'img.frame',
            (imgs) =>
              imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)
                .length
          ),
        { timeout: 20_000 }
      )
      .toBe(steps.length);
    expect(
      await page.$$eval(
        'img.frame',
        (imgs) => imgs.filter((i) => getComputedStyle(i).display !== 'none').length
      )
    ).toBe(steps.length);
    expect(await page.locator('.graphic').first().isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('with reduced motion', () => {
  it('changes frames instantly and draws no moving dots', async () => {
    const page = await h.page({ reducedMotion: 'reduce' });
    await page.goto(h.url);
    for (const s of steps.slice(0, 6)) {
      await scrollToStep(page, s.key);
      await page.waitForSelector(`section[data-chart="${s.chart}"] .live[data-step="${s.step}"]`, {
        state: 'attached'
      });
      // No animation frame is needed: the frame is final as soon as the step is.
      expect(
        await page.$eval(`section[data-chart="${s.chart}"] .live`, (el) => el.getAttribute('data-settled'))
      ).toBe('true');
    }
    expect(await page.locator('.live animateMotion').count()).toBe(0);
    await page.context().close();
  });
});

describe('at 320 px wide', () => {
  it('never scrolls sideways, at any step', async () => {
    const page = await h.page({ viewport: { width: 320, height: 640 } });
    await page.goto(h.url);
    const wide = async () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await wide()).toBeLessThanOrEqual(320);
    for (const s of steps) {
      await scrollToStep(page, s.key);
      await settledFrame(page, s.chart, s.step);
      expect(await wide(), s.key).toBeLessThanOrEqual(320);
    }
    await page.context().close();
  });
});

describe('accessibility', () => {
  it.each([
    ['phone, light', { width: 390, height: 844 }, 'light'],
    ['desktop, dark', { width: 1440, height: 900 }, 'dark']
  ] as const)('has no axe violations (%s)', async (_, viewport, colorScheme) => {
    const page = await h.page({ viewport, colorScheme });
    await page.goto(h.url);
    // Open every data table so that it is checked too.
    await page.$$eval('details', (els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`
      )
    ).toEqual([]);
    await page.context().close();
  });

  it('opens a footnote by tap and by keyboard, and closes it with Escape', async () => {
    const page = await h.page({ hasTouch: true, isMobile: true });
    await page.goto(h.url);
    const button = page.locator('.cite a').first();
    const pop = page.locator('#footnote');
    await button.tap();
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toMatch(/https?:|\.\w{2,}/);
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('announces the alt text of a step the reader moves to', async () => {
    const page = await h.page();
    await page.goto(h.url);
    // The step a reader lands on is not announced; one they move to later is.
    await page.waitForTimeout(1600);
    const s = steps[1]!;
    await scrollToStep(page, s.key);
    await settledFrame(page, s.chart, s.step);
    const live = page.locator(`section[data-chart="${s.chart}"] [aria-live="polite"]`);
    expect((await live.textContent())?.length).toBeGreaterThan(20);
    await page.context().close();
  });
});

it('logged no console error, page error, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
