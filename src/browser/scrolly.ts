import scrollama from 'scrollama';

type DecimalType = scrollama.DecimalType;
import { loadChart } from '$lib/charts/registry';
import type { AnyChart } from '$lib/charts/types';
import { activeIndex, triggerFraction } from './geometry';
import { LiveChart, type View } from './live';
import { onScrollEnd } from './scrollend';
import { reportActiveStep } from './url';

/**
 * One server-rendered <section class="scrolly"> in the browser. main.ts creates it when the block
 * first comes within a screen of the viewport (or at once, for the block a link lands in):
 * - the chart's code and data load at once;
 * - until they arrive, the canvas shows the static frame of the step the reader is at (an SVG
 *   file rendered at build time), never a stale one;
 * - the active step is derived from where the steps are (scrollama only says when to look), so a
 *   fling, a jump, a reload or a zoom all land on the step a slow reader would have reached;
 * - the live chart replaces the static frame, drawn at the active step directly (no replay);
 * - the URL fragment follows the active step; moving to a step announces its alt text.
 */
export class ScrollyBlock {
  private readonly chartId: string;
  private readonly canvas: HTMLElement;
  private readonly announcer: HTMLElement | null;
  private readonly steps: HTMLElement[];
  private placeholder: HTMLImageElement | null = null;
  private readonly view: View = { step: null, width: 0, height: 0 };
  private chart: AnyChart | null = null;
  private live: LiveChart | null = null;
  private scroller: ReturnType<typeof scrollama> | null = null;
  private onScreen = false;
  /** The step key last given to the URL (undefined: none yet). */
  private reported: string | null | undefined = undefined;
  private trigger = 0;
  private readonly mountedAt = performance.now();

  /**
   * @param root the block's <section class="scrolly">
   * @param landingStep the step a link named (its `data-step`), drawn first whatever the scroll
   *   position says while the browser is still bringing it into view
   */
  constructor(
    private readonly root: HTMLElement,
    landingStep: string | null = null
  ) {
    this.chartId = root.dataset.chart!;
    this.canvas = root.querySelector<HTMLElement>('.canvas')!;
    this.announcer = root.querySelector<HTMLElement>('.announce');
    this.steps = [...root.querySelectorAll<HTMLElement>('.step[data-step]')];
    this.trigger = triggerFraction(root);
    this.view.step = landingStep;
    this.showStatic(landingStep);

    // Resize, rotation, the phone's address bar and zoom re-measure and redraw without a tween —
    // in the next frame: work that makes new observers or moves things inside a ResizeObserver
    // callback makes browsers report an undelivered-notifications loop.
    new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      requestAnimationFrame(() => this.resized(width, height));
    }).observe(this.canvas);

    // Fires after flings, keyboard jumps and fragment navigation, which IntersectionObserver may
    // report mid-flight.
    onScrollEnd(() => this.measure());

    loadChart(this.chartId)
      .then((chart) => {
        // The first layout and drawing in a task of its own, apart from parsing the module.
        setTimeout(() => this.start(chart), 0);
      })
      .catch((error: unknown) => {
        // The static frame stays, and keeps following the steps: the reader loses motion only.
        console.warn(`Chart "${this.chartId}" could not load:`, error);
      });
  }

  private resized(width: number, height: number): void {
    this.view.width = Math.round(width);
    this.view.height = Math.round(height);
    const trigger = triggerFraction(this.root);
    if (trigger !== this.trigger) {
      // The layout changed (a phone turned sideways): watch the new line.
      this.trigger = trigger;
      this.scroller?.destroy();
      this.scroller = null;
      this.setNear(true);
    } else this.scroller?.resize();
    this.measure();
    if (this.live && this.view.width > 0 && this.view.height > 0) this.live.update(this.view);
    this.start();
  }

  /** Within a screen of the viewport: scrollama watches the steps; further away it sleeps. */
  setNear(near: boolean): void {
    if (!near) {
      this.scroller?.disable();
      return;
    }
    if (this.scroller) this.scroller.enable();
    else
      this.scroller = scrollama()
        // scrollama's types list only ten decimals; it reads any fraction 0..1 (parseOffset).
        .setup({ step: this.steps, offset: this.trigger as DecimalType })
        .onStepEnter(() => this.measure())
        .onStepExit(() => this.measure());
  }

  /**
   * On screen: find the step. Moving dots (SVG animateMotion) cost paint on every frame: they run
   * only while the block is on screen. Off screen a block never reads positions: in a chapter
   * the browser has not laid out yet (content-visibility), a read would force its layout.
   */
  setOnScreen(onScreen: boolean): void {
    this.onScreen = onScreen;
    if (onScreen) this.measure();
    const svg = this.live?.svg;
    if (!svg) return;
    if (onScreen) svg.unpauseAnimations();
    else svg.pauseAnimations();
  }

  private measure(): void {
    if (!this.onScreen) return;
    const line = window.innerHeight * this.trigger;
    const i = activeIndex(
      this.steps.map((el) => el.getBoundingClientRect().top),
      line
    );
    const next = i >= 0 ? this.steps[i]!.dataset.step! : null;
    if (next !== this.view.step) {
      this.view.step = next;
      if (this.live) this.live.update(this.view);
      else this.showStatic(next);
      // The step a reader lands on (by link or reload) is not announced — the page is being read
      // out anyway — only steps they move to afterwards.
      if (next && this.announcer && performance.now() - this.mountedAt > LANDING_MS) {
        this.announcer.textContent = this.steps[i]!.querySelector('.step-alt')?.textContent ?? '';
      }
    }
    // The URL learns the step the first time too (a landing block starts at its step already).
    const key = next ? this.steps[i]!.id : null;
    if (key !== this.reported) {
      this.reported = key;
      reportActiveStep(this.root, key);
    }
  }

  /**
   * Before the live chart: the build-time frame of `step`, an SVG file beside the page (the block's
   * `data-frames` names the opening one; the others sit beside it).
   */
  private showStatic(step: string | null): void {
    if (this.live) return;
    const name = step ?? 'opening';
    let img = this.placeholder;
    if (!img) {
      img = this.placeholder = document.createElement('img');
      img.className = 'static-frame';
      img.alt = '';
      img.decoding = 'async';
      this.canvas.append(img);
    }
    if (img.dataset.step === name) return;
    img.dataset.step = name;
    img.src = new URL(`${name}.svg`, new URL(this.root.dataset.frames!, location.href)).href;
  }

  private start(chart?: AnyChart): void {
    if (chart) this.chart = chart;
    if (!this.chart || this.live || this.view.width === 0 || this.view.height === 0) return;
    this.live = new LiveChart(this.canvas, this.chart);
    this.live.update(this.view);
    if (!this.onScreen) this.live.svg.pauseAnimations();
    this.placeholder?.remove();
  }
}

/** How long after the page opens a step change still counts as landing, not moving. */
const LANDING_MS = 1500;
