/**
 * Every chart at every step (and before its first step), at the phone and desktop surfaces of
 * src/lib/charts/sizes.ts, in both editions (Japanese files end in .ja.svg), rendered by the same
 * server function the site uses, compared with reviewed SVG files in tests/snapshot/svg/. After an intended change:
 * `CI= npx vitest run tests/snapshot -u`, then look at the changed files (they open in any browser).
 */
import { describe, expect, it } from 'vitest';
import { CHART_LOCALES } from '$lib/charts/locales';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';

const SIZES = [SURFACE_SIZES.phone, SURFACE_SIZES.desktop];

describe.each([...charts.keys()].sort())('%s', (id) => {
  const chart = charts.get(id)!;
  const steps = [null, ...stepIds(chart)];
  it.each(
    CHART_LOCALES.flatMap((locale) =>
      steps.flatMap((step) => SIZES.map((size) => [locale, step ?? 'opening', size] as const))
    )
  )('%s at %s, %o', async (locale, step, size) => {
    const svg = renderChartSvg(id, step === 'opening' ? null : step, { size, standalone: true, locale });
    expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object/);
    await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(
      `./svg/${id}/${step}@${size.width}x${size.height}${locale === 'en' ? '' : `.${locale}`}.svg`
    );
  });
});
