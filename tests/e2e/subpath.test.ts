/**
 * The site deployed under a sub-path (BASE_PATH=/ai-boom), as on a shared host: built into its
 * own folder and served only under /ai-boom/, where a step link must land and draw, with every
 * file found (a wrong absolute path would be a 404 here).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { hashOf, settledFrame, start, steps, type Harness } from './harness';

const DIR = 'build-subpath';
const BASE = '/ai-boom';
let h: Harness | undefined;
afterAll(async () => {
  await h?.close();
  rmSync(DIR, { recursive: true, force: true });
});

it('builds under a sub-path and lands on a step there, every file found', async () => {
  // A production build, as `npm run build` makes it (vitest's own NODE_ENV=test would make a dev build).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST_STAGE)/.test(k))
  );
  const built = spawnSync('npm', ['run', 'build'], {
    env: { ...env, NODE_ENV: 'production', BASE_PATH: BASE, BUILD_DIR: DIR },
    encoding: 'utf8'
  });
  expect(built.status, built.stderr.slice(-2000)).toBe(0);
  h = await start({ dir: DIR, base: BASE });
  const page = await h.page();
  const s = steps.find((x) => x.chart === 'nvidia-datacenter-revenue' && x.last)!;
  await page.goto(`${h.url}#${s.key}`);
  await settledFrame(page, s.chart, s.step);
  await expect.poll(() => hashOf(page)).toBe(`#${s.key}`);
  // The chart's data page and its download, by the page's own links.
  await page.goto(`${h.url}tables/${s.chart}/`);
  const csv = await page.locator('a[href$=".csv"]').first().getAttribute('href');
  const res = await page.request.get(new URL(csv!, page.url()).href);
  expect(res.status()).toBe(200);
  expect(h.problems).toEqual([]);
});
