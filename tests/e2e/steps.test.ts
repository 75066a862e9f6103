/**
 * Every step, reached by scrolling and by link, draws the same frame; the URL follows the
 * reader; on phones the step's marks are in view while its text is read; nothing scrolls
 * sideways at 320 px; a fast jump lands without replaying the steps in between.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { hashOf, hiddenMarks, scrollToStep, settledFrame, start, steps, type Harness } from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

/** Frames reached by scrolling, by viewport, to compare with the same steps opened by link. */
const byScroll = new Map<string, string>();

describe.each([
  // Tweens on: each step's frame is where its tween ends, and must equal the frame drawn at once.
  ['390×844 phone', { viewport: { width: 390, height: 844 } }, steps],
  // Beside the chart, with reduced motion (the tween was checked on the phone): the first and
  // last step of each chart are enough to compare link and scroll.
  [
    '1440×900 desktop',
    { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' as const },
    steps.filter((s) => s.first || s.last)
  ]
])('on a %s', (name, options, linked) => {
  it('reaches every step by scrolling, with the URL following and the step’s marks in view', async () => {
    const { page: open, url } = await harness();
    const page = await open(options);
    await page.goto(url);
    const unseen: string[] = [];
    for (const s of steps) {
      await scrollToStep(page, s.key);
      byScroll.set(`${name} ${s.key}`, await settledFrame(page, s.chart, s.step));
      await expect.poll(() => hashOf(page), { message: `URL at ${s.key}` }).toBe(`#${s.key}`);
      const { total, hidden } = await hiddenMarks(page, s.chart);
      expect(total, `${s.key} draws marks`).toBeGreaterThan(0);
      if (hidden.length) unseen.push(`${s.key}: ${hidden.length}/${total} hidden, e.g. ${hidden[0]}`);
    }
    expect(unseen).toEqual([]);
    // Scrolling back to the top clears the step from the URL without adding history entries.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
  });

  it.each(linked.map((s) => [s.key, s] as const))('opens %s by link in the same frame', async (_, s) => {
    const { page: open, url } = await harness();
    const page = await open(options);
    await page.goto(`${url}#${s.key}`);
    expect(await settledFrame(page, s.chart, s.step)).toBe(byScroll.get(`${name} ${s.key}`));
    await expect.poll(() => hashOf(page)).toBe(`#${s.key}`);
    await page.context().close();
  });
});

describe('on a 320×568 phone (reduced motion, so no frame waits for a tween)', () => {
  it('keeps every step’s marks in view and never scrolls sideways', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });
    await page.goto(url);
    const unseen: string[] = [];
    for (const s of steps) {
      await scrollToStep(page, s.key);
      await settledFrame(page, s.chart, s.step);
      const { hidden, total } = await hiddenMarks(page, s.chart);
      if (hidden.length) unseen.push(`${s.key}: ${hidden.length}/${total} hidden, e.g. ${hidden[0]}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), s.key).toBeLessThanOrEqual(320);
    }
    expect(unseen).toEqual([]);
  });
});

it('lands on the last step after a jump to the end, without drawing the steps in between', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  await page.goto(url);
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
      document.getElementById(key)!.scrollIntoView({ block: 'start', behavior: 'instant' });
    },
    [last.chart, last.key] as const
  );
  await settledFrame(page, last.chart, last.step);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([last.step]);
});

it('skims across a chart that is already drawn: no tween, no stale frame, the last step drawn', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  // A chart with several steps, mounted and drawn at its first step.
  const chart = steps.find((s) => s.first && steps.filter((t) => t.chart === s.chart).length >= 4)!;
  const own = steps.filter((s) => s.chart === chart.chart);
  await page.goto(`${url}#${chart.key}`);
  await settledFrame(page, chart.chart, chart.step);
  const draws = await page.evaluate(
    async ({ keys, sel }) => {
      const live = document.querySelector(sel)!;
      const seen: { step: string | null; settled: string | null }[] = [];
      new MutationObserver(() =>
        seen.push({ step: live.getAttribute('data-step'), settled: live.getAttribute('data-settled') })
      ).observe(live, { attributes: true });
      // A fling: one step every animation frame, faster than any tween.
      for (const key of keys) {
        document.getElementById(key)!.scrollIntoView({ block: 'start', behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      await new Promise((r) => setTimeout(r, 1000));
      return seen;
    },
    { keys: own.slice(1).map((s) => s.key), sel: `section[data-chart="${chart.chart}"] .live` }
  );
  const last = own[own.length - 1]!;
  expect(draws.at(-1)).toEqual({ step: last.step, settled: 'true' });
  // While skimming every frame is drawn at once: the chart is never caught between two steps.
  expect(draws.filter((d) => d.settled === 'false')).toEqual([]);
});

it('ignores malformed or unknown fragments harmlessly, and still brings charts to life', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  for (const hash of [
    '#%E0%A4%A',
    '#../../etc/passwd',
    '#nope/nothing/here',
    '#bet/the-bet/no-such-step',
    '#<img src=x onerror=alert(1)>',
    `#${'x'.repeat(5000)}`
  ]) {
    await page.goto(`${url}${hash}`);
    expect(await page.locator('h1').count()).toBe(1);
    // The script ran: the first chart comes to life when scrolled to.
    await scrollToStep(page, steps[0]!.key);
    await settledFrame(page, steps[0]!.chart, steps[0]!.step);
  }
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
