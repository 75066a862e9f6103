/**
 * The share menu (markup and words: src/lib/article/ShareMenu.svelte, a <template>), loaded on
 * the first click of a share control (src/browser/share.ts). One popover serves every control:
 * it opens next to the button that asked, filled in for what that button shares.
 *
 * - "Share with an app…" (only where navigator.share exists) opens the device's share sheet.
 * - "Copy link" puts the URL on the clipboard and says so, visibly and to screen readers (a
 *   status region). The URL is also shown, selected if copying fails.
 * - Links to post on X, Bluesky, Facebook, LinkedIn, Reddit and by email, built now for this URL
 *   (src/browser/share-links.ts): no request to any of them until the reader follows one.
 * - "Embed" (charts only) shows the iframe code for the whole chart or the step on screen.
 *
 * Keyboard: the button is a real <button> with aria-expanded; focus moves into the menu; Escape
 * or a click outside closes it (the popover's light dismiss) and the focus goes back to the
 * button. Positioned with CSSOM properties, which the Content-Security-Policy allows (no style
 * attribute in any markup).
 */
import { NETWORKS, postUrl } from './share-links';

interface Shared {
  url: string;
  title: string;
  chart: string | null;
  step: string | null;
}

let pop: HTMLElement | null = null;
let template: HTMLTemplateElement | null = null;
let owner: HTMLButtonElement | null = null;
let shared: Shared = { url: '', title: '', chart: null, step: null };
/**
 * Whether the last pointer-down was on the open menu's own button: the popover's light dismiss
 * closes it on that pointer-down, and the click that follows must not open it again.
 */
let downOnOwner = false;

const $ = <T extends Element = HTMLElement>(selector: string) => pop!.querySelector<T>(selector)!;

function menu(): HTMLElement {
  if (pop) return pop;
  template = document.getElementById('share-menu-template') as HTMLTemplateElement;
  pop = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  document.body.append(pop);
  pop.addEventListener('click', onClick);
  pop.addEventListener('change', showCode);
  pop.addEventListener('toggle', (event) => {
    // The event comes a task later: if the menu has since opened again (for another button),
    // this close is old news.
    if ((event as ToggleEvent).newState === 'open' || pop!.matches(':popover-open')) return;
    owner?.setAttribute('aria-expanded', 'false');
    // Back to the button, unless the reader has moved on to something else.
    const active = document.activeElement;
    if (!active || active === document.body || pop!.contains(active)) owner?.focus();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      downOnOwner = !!owner && pop!.matches(':popover-open') && owner.contains(event.target as Node);
    },
    true
  );
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place, { passive: true });
  return pop;
}

/** Opens the menu for `button` (sharing `step` of its block, or its own URL), or closes it. */
export function toggle(button: HTMLButtonElement, step: string | null): void {
  const p = menu();
  if (p.matches(':popover-open')) {
    const same = owner === button;
    p.hidePopover();
    if (same) return;
    owner?.setAttribute('aria-expanded', 'false');
  } else if (downOnOwner && owner === button) {
    // The pointer-down on the button already closed the menu (light dismiss): leave it closed.
    downOnOwner = false;
    return;
  }
  const control = button.closest<HTMLElement>('.share-control')!;
  const chosen = step ?? control.dataset.first ?? null;
  shared = {
    url: absolute(control.dataset.path!.replace('{step}', chosen ?? '')),
    title: control.dataset.title ?? document.title,
    chart: control.dataset.chart ?? null,
    step: chosen
  };
  owner = button;
  fill();
  button.setAttribute('aria-controls', p.id);
  button.setAttribute('aria-expanded', 'true');
  try {
    // `source` ties the popover to its button (light dismiss ignores the button) where supported.
    (p.showPopover as (options?: { source?: HTMLElement }) => void)({ source: button });
  } catch {
    p.showPopover();
  }
  place();
  $<HTMLButtonElement>(canShare() ? '[data-act="native"]' : '[data-act="copy"]').focus();
}

const canShare = () => typeof navigator.share === 'function';

/** A base-relative site path ('/s/machine/') on the public site: PUBLIC_SITE_URL + BASE_PATH + path. */
const absolute = (path: string) => template!.dataset.site!.replace(/\/$/, '') + path;

function fill(): void {
  $('[data-slot="title"]').textContent = shared.title;
  for (const k of pop!.querySelectorAll<HTMLElement>('.share-kicker')) {
    k.hidden = k.dataset.for !== (shared.chart ? 'step' : 'chapter');
  }
  $<HTMLInputElement>('.share-url').value = shared.url;
  $('[data-act="native"]').hidden = !canShare();
  for (const a of pop!.querySelectorAll<HTMLAnchorElement>('a[data-net]')) {
    const net = a.dataset.net as (typeof NETWORKS)[number];
    if (NETWORKS.includes(net)) a.href = postUrl(net, shared.url, shared.title);
  }
  const embed = $('[data-act="embed"]');
  embed.hidden = !shared.chart;
  embed.setAttribute('aria-expanded', 'false');
  $('.share-embed').hidden = true;
  say('');
}

/** By the button: below it if there is room, else above, else as low as fits; inside the viewport. */
function place(): void {
  if (!pop?.matches(':popover-open') || !owner) return;
  const r = owner.getBoundingClientRect();
  if (r.bottom < 0 || r.top > innerHeight) {
    pop.hidePopover();
    return;
  }
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const gap = 6;
  const margin = 8;
  // Under the button, from its left edge; from its right edge if that runs off the screen.
  const from = r.left + w <= innerWidth - margin ? r.left : r.right - w;
  const left = Math.max(margin, Math.min(from, innerWidth - w - margin));
  let top = r.bottom + gap;
  if (top + h > innerHeight - margin) top = r.top - gap - h;
  if (top < margin) top = Math.max(margin, innerHeight - h - margin);
  pop.style.left = `${Math.round(left)}px`;
  pop.style.top = `${Math.round(top)}px`;
}

function say(message: string): void {
  const status = $('.share-status');
  status.textContent = '';
  // A new text node each time, so the same message is announced again.
  if (message) requestAnimationFrame(() => (status.textContent = message));
}

async function copy(text: string, done: string, field: HTMLInputElement | HTMLTextAreaElement) {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    field.focus();
    field.select();
    say(template!.dataset.copyFailed ?? '');
  }
}

function showCode(): void {
  const data = template!.dataset;
  const whole = $<HTMLInputElement>('input[value="chart"]').checked;
  const chart = shared.chart ?? '';
  const src = absolute(
    whole
      ? data.embedChart!.replace('{chart}', chart)
      : data.embedStep!.replace('{chart}', chart).replace('{step}', shared.step ?? '')
  );
  const title = shared.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  $<HTMLTextAreaElement>('.share-code').value =
    `<iframe src="${src}" title="${title}" width="100%" height="${whole ? 640 : 560}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script async src="${absolute(data.hostScript!)}"></script>`;
  place();
}

function onClick(event: Event): void {
  const target = (event.target as Element).closest<HTMLElement>('[data-act], a[data-net]');
  if (!target || !pop) return;
  switch (target.dataset.act) {
    case 'close':
      pop.hidePopover();
      break;
    case 'native':
      pop.hidePopover();
      navigator.share({ title: shared.title, url: shared.url }).catch((error: unknown) => {
        // The reader closed the sheet: nothing to say.
        if ((error as Error).name !== 'AbortError') console.warn('Share failed:', error);
      });
      break;
    case 'copy':
      void copy(shared.url, template!.dataset.copied ?? '', $<HTMLInputElement>('.share-url'));
      break;
    case 'embed': {
      const panel = $('.share-embed');
      panel.hidden = !panel.hidden;
      target.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) {
        showCode();
        // On a small screen the menu scrolls: bring the code and its button into view.
        panel.scrollIntoView({ block: 'nearest' });
      } else place();
      break;
    }
    case 'copy-code': {
      const code = $<HTMLTextAreaElement>('.share-code');
      void copy(code.value, template!.dataset.codeCopied ?? '', code);
      break;
    }
    default:
      // A link to post: it opens in a new tab; the menu has done its job.
      if (target.matches('a[data-net]')) pop.hidePopover();
  }
}
