/**
 * Reading the built article as different readers do: without JavaScript, in print, with reduced
 * motion, with a screen reader (axe, announcements) and footnotes by tap and by keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Harness,
  scriptStarted,
  scrollToStep,
  settledFrame,
  start,
  steps
} from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

describe('without JavaScript', () => {
  it.each([
    [320, 568],
    [390, 844]
  ])(
    'at %i×%i: every step’s frame with its prose, nothing sideways, the chart titles as headings',
    async (width, height) => {
      const { page: open, url } = await harness();
      const page = await open({ javaScriptEnabled: false, viewport: { width, height } });
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const frames = page.locator('.step img.frame');
      expect(await frames.count()).toBe(steps.length);
      for (const i of [0, steps.length - 1]) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        await expect
          .poll(() => frames.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBeGreaterThan(0);
        const box = await frames.nth(i).boundingBox();
        expect(box!.width).toBeGreaterThan(width * 0.8);
      }
      expect(await page.locator('.graphic').first().isVisible()).toBe(false);
      expect(await page.locator('h3.scrolly-title').first().isVisible()).toBe(true);
      // Every chart keeps its source line.
      expect(await page.locator('.after-steps .chart-source:visible').count()).toBe(
        new Set(steps.map((s) => s.chart)).size
      );
      await page.context().close();
    }
  );
});

describe('in print', () => {
  it('shows every step’s frame under its prose, loaded, and hides the sticky graphics', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    await page.goto(url, { waitUntil: 'networkidle' });
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
        { timeout: 30_000 }
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

/** Scroll through a chart's steps slowly (not skimming) and note whether any change was tweened. */
async function tweenedSteps(page: Page, chart: string): Promise<{ tweened: boolean; dots: number }> {
  const own = steps.filter((s) => s.chart === chart);
  await scrollToStep(page, own[0]!.key);
  await settledFrame(page, chart, own[0]!.step);
  await page.evaluate((sel) => {
    const live = document.querySelector(sel)!;
    (window as unknown as { tweened: boolean }).tweened = false;
    new MutationObserver(() => {
      if (live.getAttribute('data-settled') === 'false')
        (window as unknown as { tweened: boolean }).tweened = true;
    }).observe(live, { attributes: true });
  }, `section[data-chart="${chart}"] .live`);
  for (const s of own.slice(1)) {
    // Slower than a skim (src/browser/live.ts FAST_STEP_MS): a reader's pace.
    await page.waitForTimeout(700);
    await scrollToStep(page, s.key);
    await settledFrame(page, chart, s.step);
  }
  return page.evaluate(
    (sel) => ({
      tweened: (window as unknown as { tweened: boolean }).tweened,
      dots: document.querySelectorAll(`${sel} animateMotion`).length
    }),
    `section[data-chart="${chart}"] .live`
  );
}

describe('with reduced motion', () => {
  // the-loop moves money along its arrows (animateMotion) and tweens between its steps.
  it('draws each step at once and moves no dots — where the same reading with motion tweens', async () => {
    const { page: open, url } = await harness();
    const moving = await open();
    await moving.goto(url);
    const withMotion = await tweenedSteps(moving, 'the-loop');
    expect(withMotion.tweened).toBe(true);
    expect(withMotion.dots).toBeGreaterThan(0);
    const still = await open({ reducedMotion: 'reduce' });
    await still.goto(url);
    expect(await tweenedSteps(still, 'the-loop')).toEqual({ tweened: false, dots: 0 });
  });
});

describe('accessibility', () => {
  it.each([
    ['article, phone, light', '', { width: 390, height: 844 }, 'light'],
    ['article, desktop, dark', '', { width: 1440, height: 900 }, 'dark'],
    ['a data page, phone, dark', 'tables/the-buildout/', { width: 390, height: 844 }, 'dark']
  ] as const)('has no axe violations (%s)', async (_, path, viewport, colorScheme) => {
    const { page: open, url } = await harness();
    const page = await open({ viewport, colorScheme });
    await page.goto(`${url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('offers a skip link as the first Tab stop, in view, that takes the keyboard past the masthead', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(url);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      const r = a.getBoundingClientRect();
      return {
        cls: a.className,
        href: a.getAttribute('href'),
        inView: r.top >= 0 && r.bottom <= innerHeight && r.height > 20
      };
    });
    expect(skip).toEqual({ cls: 'skip-link', href: '#article', inView: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is inside the article, not the masthead's first link.
    expect(await page.evaluate(() => !!document.activeElement?.closest('main#article'))).toBe(true);
    await page.context().close();
  });

  it('opens the footnote that was tapped, moves focus into it and back to its link', async () => {
    const { page: open, url } = await harness();
    const page = await open({ hasTouch: true, isMobile: true });
    await page.goto(url);
    await scriptStarted(page);
    const links = page.locator('.chapter p a[data-cite]');
    const pop = page.locator('#footnote');
    const noteText = async (i: number) => {
      const id = (await links.nth(i).getAttribute('href'))!.slice(1);
      return (await page.locator(`[id="${id}"]`).textContent())!.trim();
    };
    // By tap: the popover shows that link's note and holds the focus.
    await links.nth(0).tap();
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(await noteText(0));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('footnote');
    // Escape closes it and gives the focus back to the link.
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(0).getAttribute('href')
    );
    // By keyboard, on another note: Enter opens that one.
    await links.nth(3).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(await noteText(3));
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(3).getAttribute('href')
    );
    // "All notes" brings the chapter's notes into view and closes the popover.
    await links.nth(0).tap();
    const notes = (await page.locator('#footnote .cite-all').getAttribute('href'))!;
    await page.locator('#footnote .cite-all').tap();
    expect(await pop.isVisible()).toBe(false);
    await expect
      .poll(() => page.$eval(`[id="${notes.slice(1)}"]`, (el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(5);
    await page.context().close();
  });

  it('announces the alt text of a step the reader moves to, and not of the one a link lands on', async () => {
    const { page: open, url } = await harness();
    const page = await open();
    const [landing, next] = [steps[1]!, steps[2]!];
    await page.goto(`${url}#${landing.key}`);
    await settledFrame(page, landing.chart, landing.step);
    const live = page.locator(`section[data-chart="${landing.chart}"] [aria-live="polite"]`);
    await page.waitForTimeout(1600);
    expect(await live.textContent()).toBe('');
    await scrollToStep(page, next.key);
    await settledFrame(page, next.chart, next.step);
    await expect.poll(() => live.textContent()).toBe(`Chart: ${next.alt}`);
    await page.context().close();
  });
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
