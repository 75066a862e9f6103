/**
 * Not a test: renders charts to PNG so you can look at them without building the site.
 *   PREVIEW=nvidia-datacenter-revenue npx vitest run tests/preview     (PREVIEW=all for every chart)
 * PNGs go to /tmp/preview/<chart>/<step>@<width>x<height>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { test } from 'vitest';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';

const which = process.env.PREVIEW ?? 'all';
const sizes = [
  { width: 375, height: 560 },
  { width: 760, height: 620 }
];

test('preview', () => {
  for (const [id, chart] of charts) {
    if (which !== 'all' && which !== id) continue;
    const dir = `/tmp/preview/${id}`;
    mkdirSync(dir, { recursive: true });
    for (const step of [null, ...stepIds(chart)]) {
      for (const size of sizes) {
        const svg = renderChartSvg(id, step, { size });
        const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
          .render()
          .asPng();
        writeFileSync(`${dir}/${step ?? 'opening'}@${size.width}x${size.height}.png`, png);
      }
    }
    console.log(`wrote ${dir}`);
  }
});
