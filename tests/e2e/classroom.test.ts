/**
 * The classroom pages on the built site: presenter mode by keyboard, clicker and swipe, at the
 * projector sizes the chart sizes promise (src/lib/charts/sizes.ts), with every frame equal to
 * the one the chart function lays out for that step at that size; the notes view and its second
 * window; the deck without JavaScript; the handout printed to PDF on A4 and US Letter (pages,
 * no split figure, every QR code read back from the printed pixels); the copy buttons; axe on
 * every classroom page in light and dark.
 */
import jsQR from 'jsqr';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { sceneFor } from '$lib/charts/state';
import { markNode, rootAttrs, type SvgNode } from '$lib/charts/svg';
import { absoluteUrl } from '$lib/site';
import { getTerm } from '$lib/content/glossary';
import { charts } from '$lib/server/charts';
import { axeViolations, type Harness, start, steps, WCAG_TAGS } from './harness';

let h: Harness;
const harness = async () => (h ??= await start());
const tmp = mkdtempSync(join(tmpdir(), 'classroom-'));
afterAll(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The SVG the live chart must show for `chart` at `step` and `size`, serialised as the page's is. */
function canonicalFrame(
  chart: string,
  step: string,
  size: { width: number; height: number },
  animate: boolean
) {
  const { scene } = sceneFor(charts.get(chart)!, step, size);
  const root: SvgNode = {
    tag: 'svg',
    attrs: rootAttrs(scene, { hidden: true }),
    children: scene.marks.map((m) => markNode(m, { animate }))
  };
  const out: string[] = [];
  const walk = (n: SvgNode) => {
    const attrs = Object.entries(n.attrs)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}="${String(v)}"`)
      .sort();
    out.push(`<${n.tag} ${attrs.join(' ')}>${n.children?.length ? '' : (n.text ?? '')}`);
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return out.join('\n');
}

/** What the deck shows once the live chart has settled on `step`: its SVG (as harness.settledFrame) and size. */
async function deckFrame(page: Page, chart: string, step: string) {
  const sel = `.slide.current[data-chart="${chart}"] .live[data-step="${step}"][data-settled="true"] svg`;
  try {
    await page.waitForSelector(sel, { state: 'attached', timeout: 15_000 });
  } catch {
    const seen = await page.evaluate(() => ({
      at: document.querySelector('.slide.current')?.id,
      live: document.querySelector('.slide.current .live')?.getAttribute('data-step'),
      hash: decodeURIComponent(location.hash)
    }));
    throw new Error(`${chart}/${step} never settled; the deck shows ${JSON.stringify(seen)}`);
  }
  return page.$eval(sel, (root) => {
    const out: string[] = [];
    const walk = (el: Element) => {
      const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      out.push(`<${el.tagName} ${attrs.join(' ')}>${el.children.length ? '' : (el.textContent ?? '')}`);
      for (const child of el.children) walk(child);
    };
    walk(root);
    const box = root.parentElement!.getBoundingClientRect();
    return { svg: out.join('\n'), width: Math.round(box.width), height: Math.round(box.height) };
  });
}

/** Where the deck is: counter, fragment, the current slide, and whether anything spills. */
async function deckState(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.current')!;
    const text = slide.querySelector<HTMLElement>('.text')!;
    const r = slide.querySelector('.visual')!.getBoundingClientRect();
    const offscreen = [
      ...document.querySelectorAll('.bar > *, .slide.current .visual > *, .slide.current .text')
    ]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(
        ({ r: b }) =>
          b.width > 0 && (b.right > innerWidth + 0.5 || b.bottom > innerHeight + 0.5 || b.left < -0.5)
      )
      .map(({ el }) => el.className || el.tagName);
    return {
      counter: document.querySelector('[data-counter]')!.textContent,
      hash: decodeURIComponent(location.hash.slice(1)),
      key: slide.id,
      fontSize: parseFloat(getComputedStyle(text.querySelector('.prose')!).fontSize),
      textSpills: text.scrollHeight > text.clientHeight + 1,
      pageScrolls:
        document.documentElement.scrollWidth > innerWidth ||
        document.documentElement.scrollHeight > innerHeight,
      visualBottom: Math.round(r.bottom),
      offscreen
    };
  });
}

const KEYS_FORWARD = ['ArrowRight', 'Space', 'PageDown'];
const KEYS_BACK = ['ArrowLeft', 'Shift+Space', 'PageUp'];

describe('presenter mode', () => {
  it('at 1920×1080: each key moves exactly one step, the URL follows, every frame is the chart’s own at the projector size, the text is ≥ 28 px and fits', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    await page.goto(`${url}present/`);
    const size = SURFACE_SIZES.projector;
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await page.keyboard.press(KEYS_FORWARD[i % KEYS_FORWARD.length]!);
      const s = steps[i]!;
      const frame = await deckFrame(page, s.chart, s.step);
      expect(
        { width: frame.width, height: frame.height },
        `${s.key}: the canvas is SURFACE_SIZES.projector`
      ).toEqual(size);
      expect(frame.svg, `${s.key}: frame`).toBe(canonicalFrame(s.chart, s.step, size, false));
      const state = await deckState(page);
      expect(state, s.key).toMatchObject({
        counter: String(i + 1),
        hash: s.key,
        key: s.key,
        textSpills: false,
        pageScrolls: false,
        offscreen: []
      });
      expect(state.fontSize, `${s.key}: body text`).toBeGreaterThanOrEqual(28);
    }
    // At the end, forward keys stay put; each backward key moves one step.
    await page.keyboard.press('ArrowRight');
    expect((await deckState(page)).counter).toBe(String(steps.length));
    for (const [j, key] of KEYS_BACK.entries()) {
      await page.keyboard.press(key);
      const s = steps[steps.length - 2 - j]!;
      expect(await deckState(page), key).toMatchObject({
        counter: String(steps.length - 1 - j),
        hash: s.key
      });
      expect((await deckFrame(page, s.chart, s.step)).svg).toBe(canonicalFrame(s.chart, s.step, size, false));
    }
    await page.keyboard.press('Home');
    expect(await deckState(page)).toMatchObject({ counter: '1', hash: steps[0]!.key });
    await page.keyboard.press('End');
    expect(await deckState(page)).toMatchObject({ counter: String(steps.length), hash: steps.at(-1)!.key });
    // A number then Enter jumps; Escape forgets a typed number.
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    expect(await deckState(page)).toMatchObject({ counter: '12', hash: steps[11]!.key });
    await page.keyboard.type('3');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    expect((await deckState(page)).counter).toBe('13');
    await page.context().close();
  });

  // 1920×1080 in light is walked above; the theme changes colours, not sizes.
  it.each([
    [1024, 768, 'light', SURFACE_SIZES.projectorSmall],
    [1280, 720, 'dark', null]
  ] as const)(
    'at %i×%i (%s): nothing spills off the screen or out of its column, on any step',
    async (width, height, colorScheme, size) => {
      const { page: open, url } = await harness();
      const page = await open({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
      await page.goto(`${url}present/`);
      const spills: string[] = [];
      for (let i = 0; i < steps.length; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        const state = await deckState(page);
        expect(state.key).toBe(steps[i]!.key);
        if (state.textSpills || state.pageScrolls || state.offscreen.length || state.visualBottom > height) {
          spills.push(`${state.key}: ${JSON.stringify(state)}`);
        }
      }
      expect(spills).toEqual([]);
      if (size) {
        const s = steps.at(-1)!;
        const frame = await deckFrame(page, s.chart, s.step);
        expect({ width: frame.width, height: frame.height }).toEqual(size);
      }
      await page.context().close();
    }
  );

  it('moves with motion too, landing on the same frame; a link opens its step; swipes and buttons move one step', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const s = steps.find((x) => x.chart === 'the-loop' && !x.first && !x.last)!;
    const i = steps.indexOf(s);
    await page.goto(`${url}present/#${s.key}`);
    expect((await deckState(page)).counter).toBe(String(i + 1));
    await page.waitForTimeout(700);
    await page.keyboard.press('ArrowRight');
    // Tweens (this page has motion), then settles on the next step's own frame.
    const next = steps[i + 1]!;
    expect((await deckFrame(page, next.chart, next.step)).svg).toBe(
      canonicalFrame(next.chart, next.step, SURFACE_SIZES.projector, true)
    );
    const swipe = (dx: number) =>
      page.evaluate((d) => {
        const deck = document.querySelector('.deck')!;
        const at = (type: string, x: number) =>
          deck.dispatchEvent(
            new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 500, bubbles: true })
          );
        at('pointerdown', 900);
        at('pointerup', 900 + d);
      }, dx);
    await swipe(-200);
    expect((await deckState(page)).counter).toBe(String(i + 3));
    await swipe(200);
    expect((await deckState(page)).counter).toBe(String(i + 2));
    await page.click('[data-action="prev"]');
    expect((await deckState(page)).counter).toBe(String(i + 1));
    await page.context().close();
  });

  it('shows notes (alt text, sources, next step), blanks the screen, and keeps a second window on the same step', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${url}present/`);
    const notes = page.locator('.slide.current .notes');
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain(steps[0]!.alt);
    expect(await notes.textContent()).toContain(steps[1]!.alt);
    await page.keyboard.press('b');
    expect(await page.locator('.blank').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    // The key that brings the screen back does nothing else.
    expect(await page.locator('.blank').isVisible()).toBe(false);
    expect((await deckState(page)).counter).toBe('1');
    const [second] = await Promise.all([page.waitForEvent('popup'), page.click('[data-action="window"]')]);
    await second.waitForSelector('.deck[data-live][data-notes] .slide.current');
    await page.keyboard.press('End');
    await expect
      .poll(() => second.evaluate(() => decodeURIComponent(location.hash.slice(1))))
      .toBe(steps.at(-1)!.key);
    await second.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1))))
      .toBe(steps[0]!.key);
    await page.context().close();
  });

  it('without JavaScript is a list of every step with its frame, text and notes', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 1024, height: 768 }, javaScriptEnabled: false });
    await page.goto(`${url}present/`);
    expect(await page.locator('.slide').count()).toBe(steps.length);
    expect(await page.locator('.slide img.frame').count()).toBe(steps.length);
    expect(await page.locator('.noscript-note').isVisible()).toBe(true);
    expect(await page.locator('.tools').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.context().close();
  });
});

/** Link annotations of a PDF (what Chromium writes for <a href>): page number, rectangle and URI. */
function pdfLinks(pdf: Buffer): { page: number; rect: number[]; uri: string }[] {
  const text = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o) && !/\/Parent/.test(o))!;
  const order: string[] = [];
  const visit = (body: string) => {
    for (const kid of (/\/Kids \[([^\]]*)\]/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) {
      const o = objects.get(kid[1]!)!;
      if (/\/Type \/Pages\b/.test(o)) visit(o);
      else order.push(kid[1]!);
    }
  };
  visit(pagesRoot);
  return order.flatMap((id, i) =>
    [...(/\/Annots \[([^\]]*)\]/.exec(objects.get(id)!)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((a) => {
      const o = objects.get(a[1]!) ?? '';
      const rect = /\/Rect \[([^\]]*)\]/.exec(o)?.[1]?.trim().split(/\s+/).map(Number);
      const uri = /\/URI \(([^)]*)\)/.exec(o)?.[1];
      return rect && uri ? [{ page: i + 1, rect, uri }] : [];
    })
  );
}

describe('the handout in print', () => {
  it.each([
    ['A4', 595.92, 842.88],
    ['Letter', 612, 792]
  ] as const)(
    'on %s: a few pages, each with the address and its number, no figure split, every QR code read back to its step',
    async (format, pw, ph) => {
      const { page: open, url } = await harness();
      const page = await open({ viewport: { width: 1024, height: 768 } });
      await page.goto(`${url}handout/`, { waitUntil: 'networkidle' });
      const figures = await page.$$eval('figure.figure', (fs) =>
        fs.map((f) => ({
          url: f.getAttribute('data-url')!,
          title: f
            .querySelector('.fig-title')!
            .textContent!.replace(/^\s*\d+\s*/, '')
            .trim(),
          caption: f.querySelector('.caption')!.textContent!.trim()
        }))
      );
      expect(figures.map((f) => f.url)).toEqual(
        [...new Set(steps.map((s) => s.chart))].map((c) =>
          absoluteUrl(`/#${steps.filter((s) => s.chart === c).at(-1)!.key}`)
        )
      );
      const file = join(tmp, `handout-${format}.pdf`);
      const pdf = await page.pdf({ path: file, format });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(9);
      const words = (i: number) =>
        execFileSync('pdftotext', ['-f', String(i), '-l', String(i), file, '-'])
          .toString()
          .replace(/\s+/g, ' ');
      const text = Array.from({ length: pages }, (_, i) => words(i + 1));
      text.forEach((t, i) => {
        expect(t, `page ${i + 1}`).toContain(absoluteUrl('/'));
        expect(t, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1} ?/ ?${pages}\\b`));
      });
      // A figure is whole when its title, the end of its caption and its QR code are on one page.
      const links = pdfLinks(pdf);
      for (const [n, f] of figures.entries()) {
        const titleOn = text.findIndex((t) => t.includes(f.title.split(/\s+/).slice(0, 6).join(' '))) + 1;
        const captionEndOn =
          text.findIndex((t) => t.includes(f.caption.split(/\s+/).slice(-5).join(' '))) + 1;
        const qr = links.filter((l) => l.uri === f.url);
        expect(qr, `${f.url}: one printed QR code`).toHaveLength(1);
        expect({ titleOn, captionEndOn, qrOn: qr[0]!.page }, f.title).toEqual({
          titleOn,
          captionEndOn: titleOn,
          qrOn: titleOn
        });
        // Read the code from the printed page, rasterised (pdftoppm) just around its link's
        // rectangle (PDF points, origin at the bottom left), with a margin of 4 pt.
        const k = 300 / 72;
        const [x1, y1, x2, y2] = qr[0]!.rect as [number, number, number, number];
        const crop = [(x1 - 4) * k, (ph - y2 - 4) * k, (x2 - x1 + 8) * k, (y2 - y1 + 8) * k].map(Math.round);
        const out = join(tmp, `qr-${format}-${n}`);
        const at = String(qr[0]!.page);
        const area = ['-x', '-y', '-W', '-H'].flatMap((flag, i) => [flag, String(crop[i])]);
        execFileSync('pdftoppm', [
          '-r',
          '300',
          '-png',
          '-singlefile',
          '-f',
          at,
          '-l',
          at,
          ...area,
          file,
          out
        ]);
        const img = PNG.sync.read(readFileSync(`${out}.png`));
        const data = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length);
        expect(jsQR(data, img.width, img.height)?.data, `QR code of ${f.title} on page ${at}`).toBe(f.url);
      }
      expect(pw).toBeGreaterThan(500);
      await page.context().close();
    }
  );
});

describe('glossary terms in the article', () => {
  it('open their definition in the footnote popover by tap and by Enter; Escape gives the focus back', async () => {
    const { page: open, url } = await harness();
    const page = await open({ hasTouch: true, isMobile: true });
    await page.goto(url);
    // Terms in the running prose (not under a sticky chart).
    const terms = page.locator('section.chapter > p a[data-term]');
    expect(await terms.count()).toBeGreaterThan(5);
    const pop = page.locator('#footnote');
    const idOf = async (i: number) => (await terms.nth(i).getAttribute('href'))!.split('#')[1]!;
    await terms.nth(0).tap();
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(getTerm(await idOf(0)).definition);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('footnote');
    expect(await pop.getAttribute('aria-label')).toBe(getTerm(await idOf(0)).term);
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe(await idOf(0));
    await terms.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(getTerm(await idOf(2)).definition);
    // Its link leads on to the entry on the glossary page.
    expect(await pop.locator('a.cite-all').getAttribute('href')).toMatch(
      new RegExp(`glossary/#${await idOf(2)}$`)
    );
    await page.keyboard.press('Escape');
    await page.context().close();
  });
});

describe('how to cite', () => {
  it('copies a citation with the Copy button, and shows no button without JavaScript', async () => {
    const { page: open, url } = await harness();
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${url}cite/`);
    const button = page.locator('button[data-copy="article-bibtex"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#article-bibtex').textContent())!.trim());
    expect(copied).toMatch(/^@misc\{aiboom\d{4},/);
    const still = await open({ javaScriptEnabled: false });
    await still.goto(`${url}cite/`);
    expect(await still.locator('button[data-copy]:visible').count()).toBe(0);
    await page.context().close();
    await still.context().close();
  });
});

describe('accessibility', () => {
  const pages = ['present/', 'teach/', 'glossary/', 'sources/', 'cite/', 'handout/'];
  it.each(pages.flatMap((p) => (['light', 'dark'] as const).map((c) => [p, c] as const)))(
    'has no axe violations: %s in %s',
    async (path, colorScheme) => {
      const { page: open, url } = await harness();
      const page = await open({
        viewport: { width: 1280, height: 800 },
        colorScheme,
        reducedMotion: 'reduce'
      });
      await page.goto(`${url}${path}`);
      // Every rule in light; in dark, the rules a theme can break (colours), to keep the run short.
      const found = await axeViolations(page, (axe) =>
        colorScheme === 'light'
          ? axe.withTags(WCAG_TAGS)
          : axe.withRules(['color-contrast', 'link-in-text-block'])
      );
      expect(found).toEqual([]);
      await page.context().close();
    }
  );
});

it('logged no console error or warning, page error, CSP violation, failed or third-party request', () => {
  expect(h.problems).toEqual([]);
});
