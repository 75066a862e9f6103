/**
 * Every chart at every step (and before its first step), at a phone size and a desktop size,
 * rendered by the same server function the site uses, compared with reviewed SVG files in
 * tests/snapshot/svg/. After an intended change: `npx vitest run tests/snapshot -u`, then look
 * at the changed files (they open in any browser).
 */
import { describe, expect, it } from 'vitest';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';

const SIZES = [
  { width: 360, height: 560 },
  { width: 760, height: 620 }
];

describe.each([...charts.keys()].sort())('%s', (id) => {
  const chart = charts.get(id)!;
  const steps = [null, ...stepIds(chart)];
  it.each(steps.flatMap((step) => SIZES.map((size) => [step ?? 'opening', size] as const)))(
    'at %s, %o',
    async (step, size) => {
      const svg = renderChartSvg(id, step === 'opening' ? null : step, { size, standalone: true });
      expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object/);
      await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(
        `./svg/${id}/${step}@${size.width}x${size.height}.svg`
      );
    }
  );
});
