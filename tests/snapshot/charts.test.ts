/**
 * Every chart at every step (and before its first step), at the phone and desktop surfaces of
 * src/lib/charts/sizes.ts, in both editions (Japanese files end in .ja.svg), rendered by the same
 * server function the site uses, compared with reviewed SVG files in tests/snapshot/svg/. After an intended change:
 * `CI= npx vitest run tests/snapshot -u`, then look at the changed files (they open in any browser).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_LOCALES } from '$lib/charts/locales';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';

const SIZES = [SURFACE_SIZES.phone, SURFACE_SIZES.desktop];
const DIR = 'tests/snapshot/svg';

/** The snapshot file of a chart at a step, size and edition. */
function fileOf(id: string, step: string, size: { width: number; height: number }, locale: string): string {
  return `${id}/${step}@${size.width}x${size.height}${locale === 'en' ? '' : `.${locale}`}.svg`;
}

// A renamed step, a removed chart or a changed size leaves its old files behind, which look
// reviewed but are compared with nothing: every file must belong to a test below.
it('keeps no snapshot that no test compares', () => {
  const expected = new Set(
    [...charts.keys()].flatMap((id) =>
      CHART_LOCALES.flatMap((locale) =>
        [null, ...stepIds(charts.get(id)!)].flatMap((step) =>
          SIZES.map((size) => fileOf(id, step ?? 'opening', size, locale))
        )
      )
    )
  );
  const present = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));
  expect(present.filter((f) => !expected.has(f)).sort()).toEqual([]);
});

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
      `./svg/${fileOf(id, step, size, locale)}`
    );
  });
});
