import { interpolateScene } from '$lib/charts/scene';
import { sceneFor } from '$lib/charts/state';
import type { AnyChart, Scene } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import { STEP_DURATION_MS, reducedMotion, stepEasing } from './motion';
import { SceneRenderer } from './renderer';

/** Step changes closer together than this are drawn without a tween. */
export const FAST_STEP_MS = 500;
/** Scrolling faster than this (px/s) is skimming: frames change without a tween. */
export const SKIM_PX_PER_S = 700;

// Recent scroll positions, to tell reading from skimming. Reading scrollY forces no layout.
const samples: { t: number; y: number }[] = [];
if (typeof window !== 'undefined') {
  addEventListener(
    'scroll',
    () => {
      samples.push({ t: performance.now(), y: window.scrollY });
      if (samples.length > 8) samples.shift();
    },
    { passive: true }
  );
}

/** Scroll speed over the last 200 ms, in px/s. */
export function scrollSpeed(now = performance.now()): number {
  const recent = samples.filter((s) => now - s.t < 200);
  if (recent.length < 2) return 0;
  const a = recent[0]!;
  const b = recent[recent.length - 1]!;
  return b.t > a.t ? (Math.abs(b.y - a.y) / (b.t - a.t)) * 1000 : 0;
}

/** The page's edition, from <html lang> (the build sets it per edition). */
function pageLocale(): Locale {
  return document.documentElement.lang === 'ja' ? 'ja' : 'en';
}

export interface View {
  /** Active step id; null before the first step. */
  step: string | null;
  /** Drawing size in px (> 0). */
  width: number;
  height: number;
}

/**
 * The chart in the browser: resolves the step's state, lays out the scene at the measured size
 * and draws it, tweening from whatever is on screen to the new target when the step changes.
 * Interruptible (a new target starts from the current in-between frame); instant under reduced
 * motion, on resize, and on the first frame — a reader who lands on
 * step 5 sees step 5, not a replay. `data-step` and `data-settled` on the wrapper say what is
 * drawn (the e2e tests read them).
 */
export class LiveChart {
  private readonly el: HTMLDivElement;
  private readonly renderer: SceneRenderer;
  private shown: Scene | null = null;
  private step: string | null = null;
  private raf = 0;
  private lastStepChange = -Infinity;

  constructor(
    container: Element,
    private readonly chart: AnyChart
  ) {
    this.el = document.createElement('div');
    this.el.className = 'live';
    container.append(this.el);
    this.renderer = new SceneRenderer(this.el, { animate: () => !reducedMotion() });
  }

  get svg(): SVGSVGElement {
    return this.renderer.svg;
  }

  update(view: View): void {
    const target = sceneFor(this.chart, view.step, view, pageLocale()).scene;
    const from = this.shown;
    const stepChanged = view.step !== this.step;
    this.step = view.step;
    this.el.dataset.step = view.step ?? '';
    cancelAnimationFrame(this.raf);
    // A reader skimming — scrolling fast, or through steps faster than a tween lasts — sees each
    // frame at once: the motion would be lost anyway, and a phone's main thread is better spent
    // on scrolling.
    const now = performance.now();
    const hurried =
      stepChanged && (now - this.lastStepChange < FAST_STEP_MS || scrollSpeed(now) > SKIM_PX_PER_S);
    if (stepChanged) this.lastStepChange = now;
    if (!from || !stepChanged || hurried || reducedMotion() || document.visibilityState === 'hidden') {
      this.show(target, true);
      return;
    }
    const interpolate = interpolateScene(from, target);
    const start = performance.now();
    this.el.dataset.settled = 'false';
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / STEP_DURATION_MS);
      this.show(interpolate(stepEasing(t)), t >= 1);
      if (t < 1) this.raf = requestAnimationFrame(frame);
    };
    this.raf = requestAnimationFrame(frame);
  }

  private show(scene: Scene, settled: boolean) {
    this.shown = scene;
    this.renderer.draw(scene);
    this.el.dataset.settled = String(settled);
  }

  destroy(): void {
    cancelAnimationFrame(this.raf);
    this.el.remove();
  }
}
