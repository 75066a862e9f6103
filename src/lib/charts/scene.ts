import type { Mark, PathMark, Scene } from './types';

/**
 * SVG path data for a path mark: the first point absolute, the rest as relative moves between
 * rounded points (exact, and about a third shorter — it matters for maps and long series).
 */
const pathCache = new WeakMap<PathMark['points'], string>();

export function pathData(points: PathMark['points'], closed = false): string {
  // Tweens redraw paths every frame; most keep their points (a map whose countries only change
  // colour), so the string is built once per points array.
  const cached = pathCache.get(points);
  if (cached !== undefined) return closed ? cached + 'Z' : cached;
  const d = buildPath(points);
  pathCache.set(points, d);
  return closed ? d + 'Z' : d;
}

function buildPath(points: PathMark['points']): string {
  if (points.length === 0) return '';
  let [px, py] = [round(points[0]![0]), round(points[0]![1])];
  let d = `M${px},${py}`;
  for (let i = 1; i < points.length; i++) {
    const x = round(points[i]![0]);
    const y = round(points[i]![1]);
    const dx = round(x - px);
    const dy = round(y - py);
    // A minus sign separates numbers by itself in SVG path data.
    d += `l${dx}${dy < 0 ? '' : ','}${dy}`;
    [px, py] = [x, y];
  }
  return d;
}

/** A filled triangle at the end of a path, pointing along its last segment. */
export function arrowHead(points: PathMark['points'], size = 8): string {
  const n = points.length;
  if (n < 2) return '';
  const [x1, y1] = points[n - 2]!;
  const [x2, y2] = points[n - 1]!;
  const a = Math.atan2(y2 - y1, x2 - x1);
  const p = (angle: number) =>
    `${round(x2 - size * Math.cos(a + angle))},${round(y2 - size * Math.sin(a + angle))}`;
  return `M${round(x2)},${round(y2)}L${p(0.45)}L${p(-0.45)}Z`;
}

/** A tenth of a pixel is below what any screen shows, and keeps the HTML small. */
export function round(x: number): number {
  return Math.round(x * 10) / 10 || 0;
}

/** Plain linear interpolation: the tween runs it for every number of every mark, every frame. */
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

function lerpPoints(a: PathMark['points'], b: PathMark['points'], t: number): [number, number][] {
  // Pad the shorter side with its last point so a growing line extends from its end.
  const n = Math.max(a.length, b.length);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const pa = a[Math.min(i, a.length - 1)] ?? b[i]!;
    const pb = b[Math.min(i, b.length - 1)] ?? pa;
    out.push([lerp(pa[0], pb[0], t), lerp(pa[1], pb[1], t)]);
  }
  return out;
}

/** Numeric fields that tween; everything else (text, tones) switches at the end. */
const numericKeys = [
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'size',
  'strokeWidth'
] as const;

function lerpMark(a: Mark, b: Mark, t: number): Mark {
  if (a.kind !== b.kind) return t < 1 ? a : b;
  const out: Record<string, unknown> = { ...b };
  for (const key of numericKeys) {
    const va = (a as unknown as Record<string, unknown>)[key];
    const vb = (b as unknown as Record<string, unknown>)[key];
    if (typeof va === 'number' && typeof vb === 'number') out[key] = lerp(va, vb, t);
  }
  out.opacity = lerp(a.opacity ?? 1, b.opacity ?? 1, t);
  if (a.kind === 'path' && b.kind === 'path') {
    out.points = t >= 1 || samePoints(a.points, b.points) ? b.points : lerpPoints(a.points, b.points, t);
  }
  if (a.kind === 'text' && b.kind === 'text' && t < 0.5) out.text = a.text;
  return out as unknown as Mark;
}

/**
 * Interpolate between two scenes, matching marks by id. Marks only in `to` fade in where they
 * will be; marks only in `from` fade out where they were. At t = 1 the result is `to` itself, so
 * a finished tween leaves exactly the frame a direct jump would have drawn.
 */
export function interpolateScene(from: Scene, to: Scene): (t: number) => Scene {
  const before = new Map(from.marks.map((m) => [m.id, m]));
  const after = new Set(to.marks.map((m) => m.id));
  const leaving = from.marks.filter((m) => !after.has(m.id));
  // Marks that do not change are passed through as the very same objects, so the renderer
  // skips them on every frame of the tween (a map of 200 countries where 5 change colour).
  const moving = to.marks.map((m) => {
    const prev = before.get(m.id);
    return prev && sameMark(prev, m) ? null : prev;
  });
  return (t) => {
    if (t >= 1) return to;
    const marks: Mark[] = [];
    for (const m of leaving) marks.push({ ...m, opacity: lerp(m.opacity ?? 1, 0, t) });
    to.marks.forEach((m, i) => {
      const prev = moving[i];
      if (prev === null) marks.push(m);
      else marks.push(prev ? lerpMark(prev, m, t) : { ...m, opacity: lerp(0, m.opacity ?? 1, t) });
    });
    return { width: lerp(from.width, to.width, t), height: lerp(from.height, to.height, t), marks };
  };
}

function samePoints(a: PathMark['points'], b: PathMark['points']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}

/** Whether two marks draw the same thing (points compared by value). */
export function sameMark(a: Mark, b: Mark): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const va = (a as unknown as Record<string, unknown>)[k];
    const vb = (b as unknown as Record<string, unknown>)[k];
    if (va === vb) continue;
    if (k === 'points' && Array.isArray(va) && Array.isArray(vb)) {
      if (!samePoints(va, vb)) return false;
      continue;
    }
    if (k === 'flow' && JSON.stringify(va) === JSON.stringify(vb)) continue;
    return false;
  }
  return true;
}

/** Round every number in a scene (for snapshots). */
export function roundScene(scene: Scene): Scene {
  const r = (v: unknown): unknown => (typeof v === 'number' ? round(v) : Array.isArray(v) ? v.map(r) : v);
  return {
    width: round(scene.width),
    height: round(scene.height),
    marks: scene.marks.map(
      (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, r(v)])) as unknown as Mark
    )
  };
}
