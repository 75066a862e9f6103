/**
 * Step URLs: `#<chapter>/<chart>/<step>`, e.g. `#machine/nvidia-datacenter-revenue/take-off`.
 * The same string is the step element's id, so the link also works without JavaScript.
 */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const FRAGMENT = new RegExp(`^#?(${ID})/(${ID})/(${ID})$`);

export interface StepRef {
  chapter: string;
  chart: string;
  step: string;
}

export function stepKey(ref: StepRef): string {
  return `${ref.chapter}/${ref.chart}/${ref.step}`;
}

/** Parse a location hash. Anything malformed (or over-long, or badly escaped) is null. */
export function parseFragment(hash: string): StepRef | null {
  if (!hash || hash.length > 200) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash);
  } catch {
    return null;
  }
  const m = FRAGMENT.exec(decoded);
  return m ? { chapter: m[1]!, chart: m[2]!, step: m[3]! } : null;
}
