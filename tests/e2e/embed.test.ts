/**
 * Embeds (/embed/<chart>/ and /embed/<chart>/<step>/) on another site: served with the build's
 * _headers, framed by a page on another origin (127.0.0.2), sized to their content by the host
 * script (static/embed.js), while the article itself refuses to be framed. Their steps move by
 * buttons and keys, each frame equal to the article's frame of that step at the same size; their
 * link back opens the step in the top window; they read without JavaScript and pass axe.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, type Harness, scrollToStep, settledFrame, start, steps } from './harness';

let h: Harness;
const harness = async () => (h ??= await start({ headers: true }));
afterAll(async () => {
  await h?.close();
});

const CHART = 'nvidia-datacenter-revenue';
const chartSteps = steps.filter((s) => s.chart === CHART);

/** A page of some other site with our embeds in it, the host script between them. */
const hostPage = (
  site: string,
  frames: { id: string; src: string; title: string }[],
  script = site
) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body><h1>Another site</h1><p>A story that embeds a chart.</p>
${frames
  .map((f, i) =>
    [
      `<iframe id="${f.id}" src="${f.src}" title="${f.title}" width="100%" height="150" style="border:0"></iframe>`,
      // The script between the iframes: one loads before it, one after.
      i === 0 ? `<script async src="${script}embed.js"></script>` : ''
    ].join('\n')
  )
  .join('\n')}
<p>The story goes on.</p></body></html>`;

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe#${id}`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`iframe#${id} has no frame`);
  return frame;
}

/** The iframe's height on the host page, and the height of the embed's content inside it. */
async function heights(page: Page, id: string) {
  const frame = await frameOf(page, id);
  const iframe = await page.$eval(`iframe#${id}`, (f) => f.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
    scrolls: document.documentElement.scrollHeight > innerHeight + 1
  }));
  return { iframe, ...inside };
}

async function expectFitted(page: Page, id: string) {
  await expect
    .poll(
      async () => {
        const x = await heights(page, id);
        return Math.abs(x.iframe - x.content) <= 1 && !x.scrolls && x.content > 150;
      },
      { timeout: 15_000 }
    )
    .toBe(true);
}

/** Sets the embed's canvas to `size` (CSSOM, as a test may) and waits for the chart drawn at it. */
async function drawAt(page: Page, size: { width: number; height: number }) {
  await page.$eval(
    '.canvas',
    (c: HTMLElement, s) => {
      c.style.aspectRatio = 'auto';
      c.style.maxHeight = 'none';
      c.style.width = `${s.width}px`;
      c.style.height = `${s.height}px`;
    },
    size
  );
  await page.waitForFunction(
    (box) => document.querySelector('.canvas .live svg')?.getAttribute('viewBox') === box,
    `0 0 ${size.width} ${size.height}`
  );
}

describe('on a page of another origin', () => {
  it('each embed grows to its content’s height, and follows it when a step changes it', async () => {
    const { page: open, url, host } = await harness();
    const page = await open();
    const address = await host(
      hostPage(url, [
        { id: 'whole', src: `${url}embed/${CHART}/`, title: 'NVIDIA data-center revenue' },
        { id: 'one', src: `${url}embed/last-time/the-fall/`, title: 'The dot-com bust' }
      ])
    );
    expect(new URL(address).origin).not.toBe(new URL(url).origin);
    await page.goto(address);
    await expectFitted(page, 'whole');
    await expectFitted(page, 'one');
    // Every step of the whole chart: the iframe follows the text's length.
    const whole = await frameOf(page, 'whole');
    const seen = new Set<number>();
    for (let i = 1; i < chartSteps.length; i++) {
      await whole.locator('button[data-go="1"]').click();
      await expectFitted(page, 'whole');
      seen.add(Math.round((await heights(page, 'whole')).iframe));
    }
    expect(seen.size, 'steps of different lengths give different heights').toBeGreaterThan(1);
    await page.context().close();
  });

  it('sizes an embed whose page loaded before the host script', async () => {
    const { page: open, url, host } = await harness();
    const page = await open();
    // The script is inserted by hand once the iframe has loaded: the embed's first height went
    // to no one, so the script must ask for it.
    const address =
      await host(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late</title></head>
<body><iframe id="late" src="${url}embed/the-bet/palantir/" title="Scion" width="100%" height="150" style="border:0"></iframe></body></html>`);
    await page.goto(address);
    await (await frameOf(page, 'late')).waitForSelector('section.embed[data-live] .live');
    expect((await heights(page, 'late')).iframe).toBe(150);
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, `${url}embed.js`);
    await expectFitted(page, 'late');
    await page.context().close();
  });

  it('opens the step in the article in the top window', async () => {
    const { page: open, url, host } = await harness();
    const page = await open();
    const address = await host(
      hostPage(url, [{ id: 'whole', src: `${url}embed/${CHART}/`, title: 'NVIDIA' }])
    );
    await page.goto(address);
    const frame = await frameOf(page, 'whole');
    await frame.locator('button[data-go="1"]').click();
    await frame.locator('a.embed-article').click();
    await page.waitForURL(`${url}#${chartSteps[1]!.key}`);
    await settledFrame(page, CHART, chartSteps[1]!.step);
    await page.context().close();
  });

  it('the article and the other pages refuse to be framed (the _headers rules)', async () => {
    const { page: open, url, host } = await harness();
    const page = await open();
    const before = h.problems.length;
    const address = await host(
      hostPage(url, [
        { id: 'article', src: url, title: 'The article' },
        { id: 'share', src: `${url}s/machine/`, title: 'A share page' },
        { id: 'embed', src: `${url}embed/${CHART}/`, title: 'An embed' }
      ])
    );
    await page.goto(address);
    await expectFitted(page, 'embed');
    for (const id of ['article', 'share']) {
      await expect
        .poll(async () => (await frameOf(page, id)).evaluate(() => location.href).catch(() => 'blocked'))
        .toMatch(/^(chrome-error:|blocked)/);
    }
    // The browser says so in the host page's console: expected here, and only here.
    const refusals = h.problems
      .splice(before)
      .filter((p) => !/frame-ancestors|X-Frame-Options|ERR_BLOCKED_BY_RESPONSE/.test(p));
    expect(refusals).toEqual([]);
    await page.context().close();
  });
});

describe('stepping', () => {
  it('moves by buttons and keys, each frame equal to the article’s frame of that step at the same size', async () => {
    const { page: open, url } = await harness();
    // The article's frames, reached as a reader reaches them.
    const article = await open();
    await article.goto(url);
    const frames = new Map<string, string>();
    let size = { width: 0, height: 0 };
    for (const s of chartSteps) {
      await scrollToStep(article, s.key);
      frames.set(s.step, await settledFrame(article, CHART, s.step));
      size = await article.$eval(`section.scrolly[data-chart="${CHART}"] .canvas`, (c) => ({
        width: Math.round(c.getBoundingClientRect().width),
        height: Math.round(c.getBoundingClientRect().height)
      }));
    }
    await article.context().close();

    const page = await open();
    await page.goto(`${url}embed/${CHART}/`);
    // Drawn at the iframe's real size first…
    await settledFrame(page, CHART, chartSteps[0]!.step);
    const drawn = await page.$eval('.canvas', (c) => {
      const svg = c.querySelector('.live svg')!;
      return {
        canvas: [Math.round(c.clientWidth), Math.round(c.clientHeight)],
        viewBox: svg.getAttribute('viewBox')
      };
    });
    expect(drawn.viewBox).toBe(`0 0 ${drawn.canvas[0]} ${drawn.canvas[1]}`);
    // …then at the article's, to compare frames.
    await drawAt(page, size);
    const count = page.locator('.embed-count');
    const expectStep = async (i: number) => {
      const s = chartSteps[i]!;
      expect(await settledFrame(page, CHART, s.step), s.step).toBe(frames.get(s.step));
      expect(await count.textContent()).toBe(`Step ${i + 1} of ${chartSteps.length}`);
      expect(await page.locator('.embed-step:not([hidden])').getAttribute('data-step')).toBe(s.step);
    };
    await expectStep(0);
    const last = chartSteps.length - 1;
    const moves: [string, () => Promise<void>, number][] = [
      ['→', () => page.keyboard.press('ArrowRight'), 1],
      ['Next', () => page.locator('button[data-go="1"]').click(), 2],
      ['End', () => page.keyboard.press('End'), last],
      ['←', () => page.keyboard.press('ArrowLeft'), last - 1],
      ['Previous', () => page.locator('button[data-go="-1"]').click(), last - 2],
      ['Home', () => page.keyboard.press('Home'), 0],
      ['← at the first step', () => page.keyboard.press('ArrowLeft'), 0]
    ];
    for (const [name, move, to] of moves) {
      await move();
      await expectStep(to).catch((e: Error) => {
        throw new Error(`after ${name}: ${e.message}`);
      });
    }
    expect(await page.locator('button[data-go="-1"]').getAttribute('aria-disabled')).toBe('true');
    // The link back follows the step.
    await page.keyboard.press('End');
    await expectStep(last);
    expect(await page.locator('a.embed-article').evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      `${url}#${chartSteps[last]!.key}`
    );

    // One step's embed: that frame, no buttons.
    const one = chartSteps[2]!;
    await page.goto(`${url}embed/${CHART}/${one.step}/`);
    await settledFrame(page, CHART, one.step);
    await drawAt(page, size);
    expect(await settledFrame(page, CHART, one.step)).toBe(frames.get(one.step));
    expect(await page.locator('.embed-nav').count()).toBe(0);
    await page.context().close();
  });
});

describe('embed pages', () => {
  it('read without JavaScript: every step’s frame and prose, and the link back', async () => {
    const { page: open, url } = await harness();
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${url}embed/${CHART}/`);
    expect(await page.locator('.embed-step:visible').count()).toBe(chartSteps.length);
    expect(await page.locator('.embed-nav:visible').count()).toBe(0);
    const first = page.locator('.embed-step').first().locator('img.embed-frame');
    await expect
      .poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await first.getAttribute('alt')).toBe(chartSteps[0]!.alt);
    expect(await page.locator('a.embed-article').evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      `${url}#${chartSteps[0]!.key}`
    );
    // Every link leaves the frame for the top window.
    expect(await page.locator('base').getAttribute('target')).toBe('_top');
    await page.context().close();
  });

  it.each([
    ['whole chart, light', `embed/the-loop/`, 'light'],
    ['whole chart, dark', `embed/the-loop/`, 'dark'],
    ['one step, light', `embed/the-loop/amd/`, 'light'],
    ['one step, dark', `embed/the-loop/amd/`, 'dark']
  ] as const)('have no axe violations (%s)', async (_, path, colorScheme) => {
    const { page: open, url } = await harness();
    const page = await open({ colorScheme, viewport: { width: 600, height: 700 } });
    await page.goto(`${url}${path}`);
    await page.waitForSelector('section.embed .live svg');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
