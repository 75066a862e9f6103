/**
 * The reader's tools: a theme that is remembered and applied before the first paint, still
 * charts on request, "continue where you left off" kept on the device with a way to forget,
 * reading progress in the contents, and J/K through the steps.
 */
import { afterAll, expect, it } from 'vitest';
import { hashOf, scriptStarted, scrollToStep, settledFrame, start, steps, type Harness } from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
afterAll(async () => {
  await h?.close();
});

it('remembers a chosen theme and applies it before the first paint', async () => {
  const { page: open, url } = await harness();
  const page = await open({ colorScheme: 'light' });
  await page.goto(url);
  await scriptStarted(page);
  const theme = page.locator('[data-tool="theme"]');
  await theme.click(); // system → light
  await theme.click(); // light → dark
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await theme.textContent()).toMatch(/dark/);
  // Reload: by the time the parser reaches the page's content the theme is already dark — before
  // any paint of it, and before the page's own script (a module) runs.
  await page.addInitScript(() => {
    new MutationObserver((records, obs) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement && n.classList.contains('app')) {
            (window as unknown as { atContent?: string }).atContent = document.documentElement.dataset.theme;
            obs.disconnect();
          }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { atContent?: string }).atContent)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 21, 19)');
  await theme.click(); // dark → system
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(251, 250, 246)'
  );
  await page.context().close();
});

it('shows still charts on request: no live chart, every step’s frame, and back again', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  await page.goto(url);
  await scriptStarted(page);
  await page.locator('[data-tool="reading"]').click();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.documentElement.dataset.reading)).toBe('static');
  const s = steps[5]!;
  await scrollToStep(page, s.key);
  await page.waitForTimeout(500);
  expect(await page.locator('.live').count()).toBe(0);
  expect(await page.locator(`[id="${s.key}"] img.frame`).isVisible()).toBe(true);
  expect(await page.locator('.graphic').first().isVisible()).toBe(false);
  await scriptStarted(page);
  await page.locator('[data-tool="reading"]').click();
  await page.waitForLoadState('load');
  await scrollToStep(page, s.key);
  await settledFrame(page, s.chart, s.step);
  await page.context().close();
});

it('offers to continue where the reader left off, and forgets on request', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  await page.goto(url);
  const s = steps.find((x) => x.chapter === 'price' && x.first)!;
  await scrollToStep(page, s.key);
  await settledFrame(page, s.chart, s.step);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('place'))).toBe(s.key);
  // The contents show that earlier chapters have been read.
  const read = (slug: string) =>
    page.$eval(`.toc-progress[data-chapter="${slug}"] > span`, (el) => (el as HTMLElement).style.width);
  expect(Number.parseInt(await read('gospel'), 10)).toBeGreaterThan(0);
  // A bare visit later: the offer names the chart, and its link lands on the step.
  await page.goto(url);
  const resume = page.locator('.resume');
  await expect.poll(() => resume.isVisible()).toBe(true);
  // The row is there from the first paint (the boot script); the script names the chart in it.
  const title = await page.locator(`section[data-chart="${s.chart}"] .scrolly-title`).textContent();
  await expect.poll(() => resume.textContent()).toContain(title);
  await resume.locator('a').click();
  await settledFrame(page, s.chart, s.step);
  // Forget: nothing kept, no offer next time. Below the short version the button is below the
  // first screen: scroll to it as a reader would, and let the page note that scroll (the place
  // and progress it keeps on every scroll's end) before forgetting.
  await page.goto(url);
  await expect.poll(() => resume.isVisible()).toBe(true);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        addEventListener('scrollend', () => requestAnimationFrame(() => done()), { once: true });
        document.querySelector('[data-tool="forget"]')!.scrollIntoView({ block: 'center' });
      })
  );
  await resume.locator('[data-tool="forget"]').click();
  expect(
    await page.evaluate(() => [localStorage.getItem('place'), localStorage.getItem('progress')])
  ).toEqual([null, null]);
  await page.goto(url);
  expect(await resume.isVisible()).toBe(false);
  await page.context().close();
});

it('moves to the next and previous step with J and K, and focuses it', async () => {
  const { page: open, url } = await harness();
  const page = await open();
  const [a, b] = [steps[1]!, steps[2]!];
  await page.goto(`${url}#${a.key}`);
  await settledFrame(page, a.chart, a.step);
  await page.keyboard.press('j');
  await settledFrame(page, b.chart, b.step);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(b.key);
  await expect.poll(() => hashOf(page)).toBe(`#${b.key}`);
  await page.keyboard.press('k');
  await settledFrame(page, a.chart, a.step);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(a.key);
  await page.context().close();
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
