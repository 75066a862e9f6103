/**
 * The core reading checks, written once and run in each engine (firefox.test.ts, webkit.test.ts):
 * a step reached by link draws the same frame as reached by scrolling; no sideways scroll at
 * 320 px, with and without JavaScript; a footnote opened by keyboard; the page without
 * JavaScript; no console errors. A sample of what tests/e2e checks in Chromium, to keep the run
 * short: each chart's first and last step, one phone viewport.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { steps } from '../e2e/harness';
import type { Engine, Tab } from './engine';

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
/** Per test: a launch (up to 15 s for Firefox on two busy cores) plus the test’s own work (WebKit opening 34 links took 100 s at a load average of 15). */
const TIMEOUT = 150_000;

/** Each chart's first step. */
const firsts = steps.filter((s) => s.first);
/** Each chart's first and last step. */
const sample = steps.filter((s) => firsts.includes(s) || s.last);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` holds, and returns the value; fails with `explain(last value)`. */
async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  explain: (value: T) => string,
  timeout = 15_000
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(explain(value));
    await sleep(100);
  }
}

/**
 * The live chart's SVG once it shows `step` and has stopped moving, serialised canonically:
 * attributes sorted, as tests/e2e/harness.ts `settledFrame` does (a DOM reached by updates lists
 * them in another order, which is not another frame).
 */
async function settledFrame(tab: Tab, chart: string, step: string, timeout = 15_000): Promise<string> {
  const read = () =>
    tab.run(
      (c: string, s: string) => {
        const live = document.querySelector(`section[data-chart="${c}"] .live`);
        const root = document.querySelector(
          `section[data-chart="${c}"] .live[data-step="${s}"][data-settled="true"] svg`
        );
        if (!root)
          return {
            frame: null,
            seen: {
              hash: location.hash,
              scrollY: Math.round(scrollY),
              live: live?.getAttribute('data-step') ?? null,
              settled: live?.getAttribute('data-settled') ?? null
            }
          };
        const out: string[] = [];
        const walk = (el: Element) => {
          const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort();
          out.push(`<${el.tagName} ${attrs.join(' ')}>${el.children.length ? '' : (el.textContent ?? '')}`);
          for (const child of el.children) walk(child);
        };
        walk(root);
        return { frame: out.join('\n'), seen: null };
      },
      chart,
      step
    );
  const { frame } = await until(
    read,
    (r) => r.frame !== null,
    (r) => `${chart}/${step} never settled: ${JSON.stringify(r.seen)}`,
    timeout
  );
  return frame!;
}

/**
 * Scrolls a step to its reading position as tests/e2e/harness.ts `scrollToStep` does: the
 * browser's own scrollIntoView, which honours the step's scroll-margin (set by the page).
 */
function scrollToStep(tab: Tab, key: string): Promise<void> {
  return tab.run((id: string) => {
    document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, key);
}

/** The URL fragment, and where the step and its block are (for a failure message). */
const whereIs = (tab: Tab, key: string) =>
  tab.run((id: string) => {
    const rect = (el: Element | null | undefined) =>
      el ? [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom].map(Math.round) : null;
    const step = document.getElementById(id);
    return {
      hash: decodeURIComponent(location.hash),
      scrollY: Math.round(scrollY),
      innerHeight,
      step: rect(step),
      block: rect(step?.closest('section.scrolly')),
      visibility: document.visibilityState
    };
  }, key);

/** The page's layout width and viewport width. */
const widths = (tab: Tab) =>
  tab.run(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));

/** Where two canonical frames first differ, for the failure message. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i < 0 ? x.length : i;
  const cut = (line = '(end)') => (line.length > 150 ? `${line.slice(0, 150)}…` : line);
  return `line ${at + 1} — by link: ${cut(x[at])} — by scrolling: ${cut(y[at])}`;
}

/**
 * Registers the checks for one engine. `start` gets a temporary folder (removed afterwards) and
 * returns the engine, whose browsers launch inside the first test that needs them.
 */
export function readingChecks(name: string, start: (dir: string) => Promise<Engine>): void {
  describe(name, () => checks(start));
}

function checks(start: (dir: string) => Promise<Engine>): void {
  const dir = mkdtempSync(join(tmpdir(), 'engines-'));
  let engine: Promise<Engine> | undefined;
  const get = () => (engine ??= start(dir));
  const timings: string[] = [];
  /** Console and page errors, each with the check it happened in. */
  const problems: string[] = [];
  const began = Date.now();
  /** Runs `body`, then notes how long it took and what errors the page logged meanwhile. */
  const timed = async (label: string, body: () => Promise<void>) => {
    const t = Date.now();
    try {
      await body();
    } finally {
      timings.push(`${label} ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const e = await engine?.catch(() => undefined);
      const seen = await e?.problems().catch(() => []);
      problems.push(...(seen ?? []).map((p) => `${label}: ${p}`));
    }
  };

  afterAll(async () => {
    const e = await engine?.catch(() => undefined);
    const version = await e?.version().catch(() => null);
    await e?.close().catch(() => {});
    // Retries: a browser process may still be writing as it exits.
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    console.log(
      `[engines] ${version ?? e?.name ?? 'browser did not start'}: ${timings.join(', ')}; ` +
        `total ${((Date.now() - began) / 1000).toFixed(1)} s`
    );
  }, 60_000);

  describe('with JavaScript, on a 390×844 phone', () => {
    const byLink = new Map<string, string>();
    /** Steps whose link left another fragment in the URL, with where things were. */
    const wrongUrl: string[] = [];

    it(
      `opens the first and last step of each chart by link (${sample.length} steps)`,
      async () => {
        const e = await get();
        await timed('launch', async () => {
          const tab = await e.tab('js');
          await tab.resize(PHONE.width, PHONE.height);
        });
        await timed('links', async () => {
          const tab = await e.tab('js');
          for (const s of sample) {
            await tab.open(`${e.url}#${s.key}`);
            byLink.set(s.key, await settledFrame(tab, s.chart, s.step));
            // The page rewrites the fragment for a moment after the jump: wait for it to settle.
            await until(
              () => whereIs(tab, s.key),
              (w) => w.hash === `#${s.key}`,
              (w) => `${s.key}: ${JSON.stringify(w)}`,
              // Generous once (a busy machine), then short: a page that lost the URL for good
              // should fail with the list, not time out.
              wrongUrl.length ? 1000 : 10_000
            ).catch((err: Error) => wrongUrl.push(err.message));
          }
        });
        expect(byLink.size).toBe(sample.length);
      },
      TIMEOUT
    );

    it(
      'keeps the step in the URL after opening its link',
      () => {
        expect(byLink.size, 'steps opened by link (the test before)').toBe(sample.length);
        expect(wrongUrl).toEqual([]);
      },
      TIMEOUT
    );

    it(
      'reaches the same frames by scrolling through every step, moving to each sampled step as a reader does',
      async () => {
        const e = await get();
        const tab = await e.tab('js');
        const keys = new Set(sample.map((s) => s.key));
        const differ: string[] = [];
        const stuck: string[] = [];
        await timed('scrolling', async () => {
          await tab.resize(PHONE.width, PHONE.height);
          await tab.open(e.url);
          // What the page does as it is scrolled: which steps it moved to with a tween
          // (data-settled="false" while one runs), and when a chart last changed step.
          await tab.run(() => {
            const seen = { tweened: [] as string[], lastStepChange: performance.now() };
            (window as unknown as { seen: typeof seen }).seen = seen;
            new MutationObserver((records) => {
              for (const r of records) {
                const el = r.target as HTMLElement;
                if (r.attributeName === 'data-step' && r.oldValue !== el.dataset.step)
                  seen.lastStepChange = performance.now();
                if (r.attributeName === 'data-settled' && el.dataset.settled === 'false')
                  seen.tweened.push(
                    `${el.closest('section[data-chart]')?.getAttribute('data-chart')}/${el.dataset.step}`
                  );
              }
            }).observe(document.body, {
              subtree: true,
              attributes: true,
              attributeOldValue: true,
              attributeFilter: ['data-step', 'data-settled']
            });
          });
          for (const s of steps) {
            // A step the chart never moves to is noted, and the walk goes on (more briefly).
            const patience = stuck.length ? 3000 : 15_000;
            if (!keys.has(s.key)) {
              // A step between samples: passed at skimming pace (drawn without a tween).
              await scrollToStep(tab, s.key);
              await until(
                () =>
                  tab.run(
                    (c: string) =>
                      document.querySelector(`section[data-chart="${c}"] .live`)?.getAttribute('data-step'),
                    s.chart
                  ),
                (step) => step === s.step,
                (step) => `${s.key}: the chart stayed at ${step}`,
                patience
              ).catch((err: Error) => stuck.push(err.message));
              continue;
            }
            // A sampled step is reached as a reader would: the page draws a step change that
            // follows another within 500 ms without a tween (FAST_STEP_MS in live.ts), and it is
            // the end of a tween that may differ from a frame drawn at once. Timed in the page,
            // so a slow machine cannot turn this into a skim.
            await until(
              () =>
                tab.run(
                  () =>
                    performance.now() -
                    (window as unknown as { seen: { lastStepChange: number } }).seen.lastStepChange
                ),
              (ms) => ms >= 600,
              (ms) => `the chart changed step ${ms} ms ago`
            );
            await scrollToStep(tab, s.key);
            const frame = await settledFrame(tab, s.chart, s.step, patience).catch((err: Error) => {
              stuck.push(`${s.key}: ${err.message}`);
              return null;
            });
            const link = byLink.get(s.key);
            if (frame === null || link === undefined) continue;
            if (frame !== link) differ.push(`${s.key}: ${firstDifference(link, frame)}`);
          }
        });
        expect.soft(stuck, 'steps the chart did not move to when scrolled to').toEqual([]);
        expect.soft(differ, 'frames that differ from the same step opened by link').toEqual([]);
        // The premise: the last step of each chart was reached by a tween, not drawn at once.
        const tweened = await tab.run(
          () => (window as unknown as { seen: { tweened: string[] } }).seen.tweened
        );
        const notTweened = sample
          .filter((s) => s.last && !stuck.some((m) => m.startsWith(s.key)))
          .map((s) => `${s.chart}/${s.step}`)
          .filter((k) => !tweened.includes(k));
        expect.soft(notTweened, 'last steps reached without a tween').toEqual([]);
        expect(byLink.size, 'steps opened by link (the test before)').toBe(sample.length);
      },
      TIMEOUT
    );
  });

  it(
    'never scrolls sideways at 320 px with JavaScript, at the top or at any chart',
    async () => {
      const e = await get();
      const tab = await e.tab('js');
      const wide: string[] = [];
      await timed('320 px', async () => {
        await tab.resize(NARROW.width, NARROW.height);
        await tab.open(e.url);
        const w = await widths(tab);
        expect(w.inner).toBe(NARROW.width);
        if (w.scroll > w.inner) wide.push(`top: ${w.scroll} px`);
        for (const s of firsts) {
          await scrollToStep(tab, s.key);
          await settledFrame(tab, s.chart, s.step);
          const { scroll, inner } = await widths(tab);
          if (scroll > inner) wide.push(`${s.key}: ${scroll} px`);
        }
        await tab.resize(PHONE.width, PHONE.height);
      });
      expect(wide).toEqual([]);
    },
    TIMEOUT
  );

  it(
    'opens a footnote by keyboard in a popover, and Escape closes it and returns focus',
    async () => {
      const e = await get();
      const tab = await e.tab('js');
      await timed('footnote', async () => {
        await tab.resize(PHONE.width, PHONE.height);
        await tab.open(e.url);
        // Two links to two different notes, far apart: the popover must show the one pressed.
        const picks = await tab.run(() => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-cite]')];
          const first = links[0]!;
          const other = links.findIndex(
            (l, i) => i > links.length / 2 && l.hash !== first.hash && l.closest('.step') === null
          );
          return [0, other];
        });
        expect(picks[1], 'a second footnote link in the prose').toBeGreaterThan(0);
        for (const index of picks) {
          const note = await tab.run((i: number) => {
            const link = document.querySelectorAll<HTMLAnchorElement>('a[data-cite]')[i]!;
            link.focus();
            const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
            return {
              id: link.hash,
              focused: document.activeElement === link,
              text: (target?.textContent ?? '').replace(/\s+/g, ' ').trim()
            };
          }, index);
          expect(note.focused, `${note.id} takes focus`).toBe(true);
          expect(note.text.length, `${note.id} has a note`).toBeGreaterThan(0);
          await tab.press('Enter');
          const state = () =>
            tab.run((i: number) => {
              const link = document.querySelectorAll('a[data-cite]')[i]!;
              const pop = document.getElementById('footnote');
              const rect = pop?.getBoundingClientRect();
              return {
                exists: !!pop,
                open: !!pop?.matches(':popover-open'),
                shown:
                  !!rect && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
                text: (pop?.textContent ?? '').replace(/\s+/g, ' ').trim(),
                focusInside: !!pop && pop.contains(document.activeElement),
                focusOnLink: document.activeElement === link
              };
            }, index);
          const open = await until(
            state,
            (s) => s.open && s.focusInside,
            (s) => `${note.id}: after Enter the popover is ${JSON.stringify(s)}`,
            5000
          );
          expect(open.shown, `${note.id}: popover on screen`).toBe(true);
          expect(open.text, `${note.id}: popover shows the note pressed`).toContain(note.text);
          await tab.press('Escape');
          await until(
            state,
            (s) => !s.open && s.focusOnLink,
            (s) => `${note.id}: after Escape ${JSON.stringify({ ...s, text: undefined })}`,
            5000
          );
        }
      });
    },
    TIMEOUT
  );

  describe('without JavaScript', () => {
    it(
      'shows the prose and every step’s frame, hides the sticky graphic, and lands on a step link',
      async () => {
        const e = await get();
        const mid = steps[Math.floor(steps.length / 2)]!;
        await timed('no-JS launch', async () => {
          const tab = await e.tab('nojs');
          await tab.resize(PHONE.width, PHONE.height);
        });
        const tab = await e.tab('nojs');
        await timed('no-JS page', async () => {
          await tab.open(`${e.url}#${mid.key}`);
          // The browser's own fragment navigation brings the step into view.
          await until(
            () =>
              tab.run((id: string) => {
                const top = document.getElementById(id)?.getBoundingClientRect().top ?? NaN;
                return { top, height: innerHeight, live: document.querySelectorAll('.live').length };
              }, mid.key),
            (v) => v.top >= -1 && v.top < v.height,
            (v) => `${mid.key} is not in view after the link: ${JSON.stringify(v)}`,
            5000
          );
          const page = await tab.run(() => {
            const rendered = (el: Element) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible';
            };
            const prose = [...document.querySelectorAll('section.chapter > p, .step-card > p:not(.sr-only)')];
            return {
              live: document.querySelectorAll('.live').length,
              prose: prose.length,
              proseHidden: prose.filter((p) => !rendered(p)).map((p) => p.textContent?.slice(0, 40)),
              graphics: document.querySelectorAll('.scrolly .graphic').length,
              graphicsShown: [...document.querySelectorAll('.scrolly .graphic')].filter(rendered).length,
              frames: [...document.querySelectorAll<HTMLImageElement>('.step img.frame')].map((img) => ({
                step: img.closest('.step')?.id ?? '',
                width: img.getBoundingClientRect().width
              }))
            };
          });
          // The page's scripts did not run (else this is not the no-JS page).
          expect(page.live, 'live charts (the page’s script ran)').toBe(0);
          expect(page.prose, 'paragraphs found').toBeGreaterThan(steps.length);
          expect(page.proseHidden, 'paragraphs not shown').toEqual([]);
          expect(page.graphics, 'sticky graphics in the page').toBe(firsts.length);
          expect(page.graphicsShown, 'sticky graphics shown').toBe(0);
          expect(
            page.frames.map((f) => f.step),
            'a frame in every step'
          ).toEqual(steps.map((s) => s.key));
          // Each frame as wide as the column allows (its own width is 480).
          expect(
            page.frames.filter((f) => f.width < PHONE.width * 0.8),
            'frames narrower than the column'
          ).toEqual([]);
          // Every frame loads once near the viewport (they are lazy): bring each still loading
          // into view until none is; then none may have failed.
          const frames = await until(
            () =>
              tab.run(() => {
                const imgs = [...document.querySelectorAll<HTMLImageElement>('.step img.frame')];
                const loading = imgs.filter((img) => !img.complete);
                loading[0]?.scrollIntoView({ block: 'center', behavior: 'instant' });
                return {
                  loading: loading.map((img) => img.getAttribute('src')),
                  broken: imgs
                    .filter((img) => img.complete && img.naturalWidth === 0)
                    .map((img) => img.getAttribute('src'))
                };
              }),
            (f) => f.loading.length === 0,
            (f) => `${f.loading.length} step frames still loading: ${f.loading.slice(0, 3).join(', ')}`,
            30_000
          );
          expect(frames.broken, 'step frames that failed to load').toEqual([]);
        });
      },
      TIMEOUT
    );

    it(
      'never scrolls sideways at 320 px',
      async () => {
        const e = await get();
        const tab = await e.tab('nojs');
        await timed('no-JS 320 px', async () => {
          await tab.resize(NARROW.width, NARROW.height);
          await tab.open(e.url);
          const w = await widths(tab);
          expect(w.inner).toBe(NARROW.width);
          expect(w.scroll, `layout width at ${NARROW.width} px`).toBeLessThanOrEqual(w.inner);
        });
      },
      TIMEOUT
    );
  });

  it(
    'logged no console error or page error',
    async () => {
      const e = await get();
      problems.push(...(await e.problems()));
      expect(problems).toEqual([]);
    },
    TIMEOUT
  );
}
