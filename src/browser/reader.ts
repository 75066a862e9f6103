/**
 * The reader's tools in the masthead (src/lib/article/Masthead.svelte): theme, moving or still
 * charts, continue where you left off, how much of each chapter has been read, and J/K to move
 * between steps. Everything is kept on this device only (localStorage), and "Forget my place"
 * removes it. The saved theme and reading mode are applied before the first paint by the boot
 * script in src/app.html; this module only changes and remembers them.
 */
import { onScrollEnd } from './scrollend';
import { PLACE_EVENT, safeDecode } from './url';

const root = document.documentElement;

/** localStorage can throw (private modes, blocked storage): the tools then simply forget. */
const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* nothing to remember with */
    }
  }
};

const THEMES = ['system', 'light', 'dark'] as const;

/** @returns whether the page shows still charts (and so must not start live ones) */
export function stillCharts(): boolean {
  return root.dataset.reading === 'static';
}

export function enhanceReaderTools(): void {
  const tools = document.querySelector<HTMLElement>('.reader-tools');
  if (!tools) return;
  tools.hidden = false;

  tools.querySelector('[data-tool="theme"]')?.addEventListener('click', () => {
    const now = (root.dataset.theme as (typeof THEMES)[number] | undefined) ?? 'system';
    const next = THEMES[(THEMES.indexOf(now) + 1) % THEMES.length]!;
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    store.set('theme', next === 'system' ? null : next);
  });

  // Switching between moving and still charts reloads the page at the reader's place: the
  // live charts start (or never start) with the page, and the URL already names the place.
  tools.querySelector('[data-tool="reading"]')?.addEventListener('click', () => {
    store.set('reading', stillCharts() ? null : 'static');
    location.reload();
  });

  offerToResume(tools);
  followProgress();
}

/** The place the reader was at last time (a step or a chapter), if they opened the page bare. */
function offerToResume(tools: HTMLElement): void {
  const resume = tools.querySelector<HTMLElement>('.resume');
  const link = resume?.querySelector<HTMLAnchorElement>('[data-tool="continue"]');
  const place = store.get('place');
  const target = place ? document.getElementById(place) : null;
  if (resume && link && target && !location.hash && place) {
    const block = target.closest('section.scrolly');
    const chapter = target.closest('section.chapter');
    link.textContent =
      block?.querySelector('.scrolly-title')?.textContent ??
      chapter?.querySelector('h2')?.textContent?.trim() ??
      place;
    link.href = `#${place}`;
    resume.hidden = false;
  }
  resume?.querySelector('[data-tool="forget"]')?.addEventListener('click', () => {
    store.set('place', null);
    store.set('progress', null);
    resume.hidden = true;
    for (const bar of document.querySelectorAll<HTMLElement>('.toc-progress > span')) bar.style.width = '0';
  });
}

/** Each chapter's share read so far, in the contents; the place, for next time. */
function followProgress(): void {
  let progress: Record<string, number> = {};
  try {
    progress = JSON.parse(store.get('progress') ?? '{}') as Record<string, number>;
  } catch {
    progress = {};
  }
  const bars = new Map(
    [...document.querySelectorAll<HTMLElement>('.toc-progress[data-chapter]')].map((el) => [
      el.dataset.chapter!,
      el.firstElementChild as HTMLElement
    ])
  );
  const show = () => {
    for (const [slug, bar] of bars) bar.style.width = `${Math.round((progress[slug] ?? 0) * 100)}%`;
  };
  show();
  addEventListener(PLACE_EVENT, (event) => {
    const place = (event as CustomEvent<string>).detail;
    if (place) store.set('place', place);
  });
  const note = () => {
    const line = innerHeight / 2;
    for (const chapter of document.querySelectorAll<HTMLElement>('section.chapter[id]')) {
      const r = chapter.getBoundingClientRect();
      if (r.top > line || r.height === 0) continue;
      const read = Math.min(1, (line - r.top) / r.height);
      if (read > (progress[chapter.id] ?? 0)) progress[chapter.id] = Math.round(read * 100) / 100;
    }
    store.set('progress', JSON.stringify(progress));
    show();
  };
  onScrollEnd(note);
  // The script comes after the first paint: a reader may have scrolled already.
  if (scrollY > 0) note();
}

/**
 * J and K move to the next and previous step, wherever the reader is, and give it the focus so
 * a screen reader reads it. Letters only: a screen reader in browse mode keeps them for itself,
 * so this never takes one of its keys, and arrows, Space and Page Up/Down still scroll.
 */
export function stepKeys(): void {
  const steps = [...document.querySelectorAll<HTMLElement>('.step[data-step]')];
  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'j' && key !== 'k') return;
    const el = event.target as HTMLElement | null;
    if (el?.closest('input, textarea, select, [contenteditable]')) return;
    // "Here" is the step the URL names (it follows the reader), else the last step above the
    // middle of the screen.
    let here = steps.findIndex((s) => `#${s.id}` === safeDecode(location.hash));
    if (here < 0) {
      const line = innerHeight / 2;
      for (let i = 0; i < steps.length; i++) if (steps[i]!.getBoundingClientRect().top <= line) here = i;
    }
    const next = steps[key === 'j' ? here + 1 : Math.max(0, here - 1)];
    if (!next) return;
    event.preventDefault();
    for (const s of steps) s.classList.remove('keyed');
    next.classList.add('keyed');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start', behavior: 'instant' });
  });
}
