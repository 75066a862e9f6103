/**
 * Every step, reached by scrolling and by link, draws the same frame; the URL follows the
 * reader; a fast jump lands on the last step without replaying the ones in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollToStep, settledFrame, start, steps, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1440, height: 900 }]
])('on a %s', (_, viewport) => {
  const byLink = new Map<string, string>();

  it('opens every step from its link in its final frame, without replaying earlier steps', async () => {
    const page = await h.page({ viewport });
    for (const s of steps) {
      // A fresh load of the link, as from another site (not a same-page fragment change).
      await page.goto('about:blank');
      await page.goto(`${h.url}#${s.key}`);
      byLink.set(s.key, await settledFrame(page, s.chart, s.step));
      expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${s.key}`);
    }
    await page.context().close();
  });

  it('reaches every step by scrolling, with the same frame and the URL following', async () => {
    const page = await h.page({ viewport });
    await page.goto(h.url);
    for (const s of steps) {
      await scrollToStep(page, s.key);
      const frame = await settledFrame(page, s.chart, s.step);
      expect(frame, `frame of ${s.key}`).toBe(byLink.get(s.key));
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${s.key}`);
    }
    // Scrolling back to the top clears the step from the URL without adding history entries.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

it('lands on the last step after a jump to the end, without drawing the steps in between', async () => {
  const page = await h.page();
  await page.goto(h.url);
  const last = steps[steps.length - 1]!;
  await page.evaluate(
    ([chart, key]) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const live = document.querySelector(`section[data-chart="${chart}"] .live`);
        const step = live?.getAttribute('data-step');
        if (step && seen[seen.length - 1] !== step) seen.push(step);
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
      // One jump from the top to the article's last step.
      const el = document.getElementById(key)!;
      window.scrollTo({
        top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45,
        behavior: 'instant'
      });
    },
    [last.chart, last.key] as const
  );
  await settledFrame(page, last.chart, last.step);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([last.step]);
  await page.context().close();
});

it('ignores malformed or unknown fragments harmlessly', async () => {
  const page = await h.page();
  for (const hash of [
    '#%E0%A4%A',
    '#../../etc/passwd',
    '#nope/nothing/here',
    '#<img src=x onerror=alert(1)>',
    `#${'x'.repeat(5000)}`
  ]) {
    await page.goto(`${h.url}${hash}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('section.scrolly svg').count()).toBeGreaterThan(0);
  }
  await page.context().close();
});

it('logged no console error, page error, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
