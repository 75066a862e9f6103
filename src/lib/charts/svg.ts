import { fontStack, palette } from './palette';
import { arrowHead, pathData, round } from './scene';
import type { Mark, Scene, Tone } from './types';

/**
 * A Scene as SVG: one description of the markup, used twice — serialised to a string on the
 * server (static frames, downloads, cards) and patched into the DOM in the browser
 * (src/lib/scrolly/renderer.ts). So a live chart and its static frame cannot drift apart.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children?: SvgNode[];
  text?: string;
}

export interface SvgOptions {
  /** A file of its own (downloads, frames, cards): xmlns, a size and a background. In the page,
   * colours come from CSS classes (`f-<tone>`, `s-<tone>`) so themes switch without re-rendering. */
  standalone?: boolean;
  /** With `standalone`: colours as classes with a stylesheet inside the file that follows the
   * reader's light or dark system theme (the frames shown in the page as images). Without it a
   * file carries its colours as attributes (the light palette), which every editor and resvg read. */
  themed?: boolean;
  /** Draw moving parts (flow dots): the live chart only, and not under reduced motion. */
  animate?: boolean;
  /** The language of the labels, on a file of its own (so a Japanese file's kanji are drawn in
   * Japanese forms, not Chinese ones); in the page the <html lang> says it. */
  lang?: string;
}

const light = palette.light;
/** Where a text mark's baseline sits relative to its `y`, in em (text.ts measures with the same). */
export const BASELINE_SHIFT = { alphabetic: 0, middle: 0.35, hanging: 0.8 } as const;

function paint(
  o: SvgOptions,
  fill: Tone | 'none' | undefined,
  stroke?: Tone,
  width?: number,
  dash?: string
): SvgNode['attrs'] {
  const strokeAttrs = stroke ? { 'stroke-width': width, 'stroke-dasharray': dash } : {};
  if (o.standalone && !o.themed) {
    return {
      fill: fill && fill !== 'none' ? light[fill] : 'none',
      ...(stroke ? { stroke: light[stroke] } : {}),
      ...strokeAttrs
    };
  }
  return { class: `f-${fill ?? 'none'}${stroke ? ` s-${stroke}` : ''}`, ...strokeAttrs };
}

const opacity = (o: number | undefined) => (o === undefined || o >= 1 ? undefined : round(Math.max(0, o)));

/** The SVG for one mark. */
export function markNode(m: Mark, o: SvgOptions = {}): SvgNode {
  switch (m.kind) {
    case 'rect':
      return {
        tag: 'rect',
        attrs: {
          x: round(m.x),
          y: round(m.y),
          width: round(Math.max(0, m.width)),
          height: round(Math.max(0, m.height)),
          rx: m.rx,
          opacity: opacity(m.opacity),
          ...paint(o, m.fill, m.stroke, m.strokeWidth, m.dash)
        }
      };
    case 'circle':
      return {
        tag: 'circle',
        attrs: {
          cx: round(m.cx),
          cy: round(m.cy),
          r: round(Math.max(0, m.r)),
          opacity: opacity(m.opacity),
          ...paint(o, m.fill, m.stroke, m.strokeWidth)
        }
      };
    case 'line':
      return {
        tag: 'line',
        attrs: {
          x1: round(m.x1),
          y1: round(m.y1),
          x2: round(m.x2),
          y2: round(m.y2),
          opacity: opacity(m.opacity),
          ...paint(o, 'none', m.stroke, m.strokeWidth ?? 1, m.dash)
        }
      };
    case 'path': {
      const d = pathData(m.points, m.closed);
      const children: SvgNode[] = [
        {
          tag: 'path',
          attrs: {
            d,
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
            ...paint(o, m.fill ?? 'none', m.stroke, m.strokeWidth ?? 1.5, m.dash)
          }
        }
      ];
      if (m.arrow && m.stroke) {
        children.push({
          tag: 'path',
          attrs: { d: arrowHead(m.points, 4 + 3 * (m.strokeWidth ?? 1.5)), ...paint(o, m.stroke) }
        });
      }
      if (m.flow && o.animate && !o.standalone) {
        const tone = m.flow.tone ?? m.stroke ?? 'accent';
        for (let i = 0; i < m.flow.dots; i++) {
          children.push({
            tag: 'circle',
            attrs: { r: 1.5 + (m.strokeWidth ?? 1.5), class: `flow f-${tone}` },
            children: [
              {
                tag: 'animateMotion',
                attrs: {
                  dur: `${m.flow.seconds}s`,
                  begin: `${round((-m.flow.seconds * i) / m.flow.dots)}s`,
                  repeatCount: 'indefinite',
                  path: d
                }
              }
            ]
          });
        }
      }
      return { tag: 'g', attrs: { opacity: opacity(m.opacity) }, children };
    }
    case 'text':
      return {
        tag: 'text',
        attrs: {
          x: round(m.x),
          y: round(m.y + BASELINE_SHIFT[m.baseline ?? 'alphabetic'] * m.size),
          'font-size': round(m.size),
          'font-weight': m.weight === 'bold' ? 700 : undefined,
          'text-anchor': m.anchor && m.anchor !== 'start' ? m.anchor : undefined,
          opacity: opacity(m.opacity),
          'paint-order': m.halo ? 'stroke' : undefined,
          'stroke-linejoin': m.halo ? 'round' : undefined,
          ...paint(o, m.fill, m.halo ? 'paper' : undefined, m.halo ? 4 : undefined)
        },
        text: m.text
      };
  }
}

/** The root <svg> element's attributes. */
export function rootAttrs(
  scene: Pick<Scene, 'width' | 'height'>,
  o: SvgOptions & { title?: string; hidden?: boolean }
): SvgNode['attrs'] {
  return {
    xmlns: o.standalone ? 'http://www.w3.org/2000/svg' : undefined,
    viewBox: `0 0 ${round(scene.width)} ${round(scene.height)}`,
    width: o.standalone ? round(scene.width) : undefined,
    height: o.standalone ? round(scene.height) : undefined,
    role: o.hidden ? undefined : 'img',
    'aria-hidden': o.hidden ? 'true' : undefined,
    'aria-label': o.hidden ? undefined : o.title,
    'font-family': o.standalone ? fontStack : undefined,
    lang: o.standalone && o.lang && o.lang !== 'en' ? o.lang : undefined,
    class: 'scene'
  };
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function toSvgString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const inner =
    (node.text !== undefined ? escape(node.text) : '') + (node.children ?? []).map(toSvgString).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** A whole scene as an SVG string (server side: static frames and files). */
export function sceneToSvg(
  scene: Scene,
  o: SvgOptions & { title?: string; desc?: string; hidden?: boolean } = {}
): string {
  const children: SvgNode[] = [];
  if (!o.hidden && o.title) children.push({ tag: 'title', attrs: {}, text: o.title });
  if (!o.hidden && o.desc) children.push({ tag: 'desc', attrs: {}, text: o.desc });
  if (o.standalone && o.themed) children.push({ tag: 'style', attrs: {}, text: themeCss() });
  if (o.standalone)
    children.push({
      tag: 'rect',
      attrs: o.themed
        ? { width: '100%', height: '100%', class: 'f-paper' }
        : { width: '100%', height: '100%', fill: light.paper }
    });
  for (const m of scene.marks) children.push(markNode(m, o));
  return toSvgString({ tag: 'svg', attrs: rootAttrs(scene, o), children });
}

/** The tone classes of a themed file: the light palette, and the dark one when the system asks. */
function themeCss(): string {
  const rules = (p: Record<Tone, string>) =>
    (Object.keys(p) as Tone[]).map((t) => `.f-${t}{fill:${p[t]}}.s-${t}{stroke:${p[t]}}`).join('');
  return `.f-none{fill:none}${rules(palette.light)}@media (prefers-color-scheme:dark){${rules(palette.dark)}}`;
}
