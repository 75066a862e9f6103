/**
 * A link to a step lands on that step from the first paint: the chart the reader sees is never
 * the opening frame or another step's, on a phone with its CPU slowed four times, with and
 * without JavaScript. What is visible in the linked block's chart is sampled on every animation
 * frame from the moment the document exists (before the page's own script runs).
 */
import { afterAll, expect, it } from 'vitest';
import {
  expectOnlyStep,
  hashOf,
  landingSeen,
  sampleLandingBlock,
  settledFrame,
  start,
  steps,
  type Harness
} from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

const lastSteps = steps.filter((s) => s.last);

it.each(lastSteps.map((s) => [s.key, s] as const))(
  'opens %s on its own frame from the first paint (390×844, 4× slower CPU)',
  async (_, s) => {
    const { page: open, url } = await harness();
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(sampleLandingBlock);
    await page.goto(`${url}#${s.key}`);
    await settledFrame(page, s.chart, s.step);
    // Nothing but the step itself, as a static image first or straight away as the live chart.
    expectOnlyStep(await landingSeen(page), s.step);
    expect(await hashOf(page)).toBe(`#${s.key}`);
    await page.context().close();
  }
);

it('without JavaScript, lands with the step and its own frame in view', async () => {
  const { page: open, url } = await harness();
  const page = await open({ javaScriptEnabled: false });
  for (const s of [steps[1]!, lastSteps[Math.floor(lastSteps.length / 2)]!]) {
    await page.goto(`${url}#${s.key}`);
    const frame = page.locator(`[id="${s.key}"] img.frame`);
    await expect
      .poll(() => frame.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const box = await frame.boundingBox();
    expect(box, s.key).not.toBeNull();
    // Some of the step's frame is on screen when the page opens.
    expect(box!.y).toBeLessThan(844);
    expect(box!.y + box!.height).toBeGreaterThan(0);
  }
  await page.context().close();
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
