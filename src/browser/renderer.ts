import { markNode, rootAttrs, type SvgNode } from '$lib/charts/svg';
import type { Mark, Scene } from '$lib/charts/types';

const NS = 'http://www.w3.org/2000/svg';

/**
 * Draws scenes into one <svg>, keyed by mark id: a mark that is the same object as last time
 * is not touched at all (tweens pass unchanged marks through), a changed one gets only its
 * changed attributes, and the DOM order follows the scene's order. No framework: this and
 * svg.ts are all the page needs to draw charts.
 */
export class SceneRenderer {
  readonly svg: SVGSVGElement;
  private drawn = new Map<string, { mark: Mark; el: SVGElement; node: SvgNode }>();

  constructor(
    container: Element,
    private readonly options: { animate: () => boolean }
  ) {
    this.svg = document.createElementNS(NS, 'svg');
    container.append(this.svg);
  }

  draw(scene: Scene): void {
    setAttrs(this.svg, rootAttrs(scene, { hidden: true }), undefined);
    const animate = this.options.animate();
    const next = new Map<string, { mark: Mark; el: SVGElement; node: SvgNode }>();
    let cursor: ChildNode | null = this.svg.firstChild;
    for (const mark of scene.marks) {
      const prev = this.drawn.get(mark.id);
      let entry = prev;
      if (!prev || prev.mark !== mark) {
        const node = markNode(mark, { animate });
        if (prev && prev.node.tag === node.tag) {
          patch(prev.el, node, prev.node);
          entry = { mark, el: prev.el, node };
        } else {
          const el = create(node);
          // A mark whose element changes kind is replaced where it stood: when the old element is
          // the cursor, the cursor moves past it first (insertBefore a removed node throws).
          if (prev && prev.el === cursor) cursor = cursor.nextSibling;
          prev?.el.remove();
          entry = { mark, el, node };
        }
      }
      next.set(mark.id, entry!);
      // Keep DOM order = scene order (later marks on top).
      if (entry!.el !== cursor) this.svg.insertBefore(entry!.el, cursor);
      else cursor = cursor.nextSibling;
    }
    for (const [id, entry] of this.drawn) if (!next.has(id)) entry.el.remove();
    this.drawn = next;
  }
}

function create(node: SvgNode): SVGElement {
  const el = document.createElementNS(NS, node.tag) as SVGElement;
  setAttrs(el, node.attrs, undefined);
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(create(child));
  return el;
}

function patch(el: SVGElement, node: SvgNode, old: SvgNode): void {
  setAttrs(el, node.attrs, old.attrs);
  if (node.text !== old.text) el.textContent = node.text ?? '';
  const kids = node.children ?? [];
  const oldKids = old.children ?? [];
  const sameShape = kids.length === oldKids.length && kids.every((k, i) => k.tag === oldKids[i]!.tag);
  if (!sameShape) {
    el.replaceChildren(...kids.map(create));
    return;
  }
  kids.forEach((k, i) => patch(el.children[i] as SVGElement, k, oldKids[i]!));
}

function setAttrs(el: Element, attrs: SvgNode['attrs'], old: SvgNode['attrs'] | undefined): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (old && old[k] === v) continue;
    if (v === undefined || v === '') el.removeAttribute(k);
    else el.setAttribute(k, String(v));
  }
  if (old) for (const k of Object.keys(old)) if (!(k in attrs)) el.removeAttribute(k);
}
