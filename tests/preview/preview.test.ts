/**
 * Not a test: renders charts to PNG so you can look at them without building the site.
 *   PREVIEW=nvidia-datacenter-revenue npm run charts:preview     (PREVIEW=all for every chart)
 *   PREVIEW_SIZES=phoneSmall,phone to render only those surfaces (default: every one in sizes.ts)
 *   LOCALE=ja for the Japanese edition (default en)
 * PNGs go to /tmp/preview/<chart>/<step>@<surface>.png (…/<step>@<surface>.ja.png in Japanese).
 * resvg draws with DejaVu Sans and, for Japanese, Noto Sans CJK JP (Debian's fonts-noto-cjk), the
 * fonts the layout stage measures with.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { test } from 'vitest';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';
import { SURFACE_SIZES } from '$lib/charts/sizes';
import { textWidth } from '$lib/charts/text';
import type { Locale } from '$lib/locale';
import { CJK_FONT_FILES, FONT_FILES } from '../helpers/fit';

const which = process.env.PREVIEW ?? 'all';
const only = process.env.PREVIEW_SIZES?.split(',');
const locale: Locale = process.env.LOCALE === 'ja' ? 'ja' : 'en';
const surfaces = Object.entries(SURFACE_SIZES).filter(([name]) => !only || only.includes(name));
const fontFiles = [...Object.values(FONT_FILES), ...Object.values(CJK_FONT_FILES)];
const missing = fontFiles.filter((f) => !existsSync(f));
if (missing.length)
  throw new Error(`missing fonts ${missing.join(', ')}: install fonts-dejavu-core and fonts-noto-cjk`);

const CJK_RUN = '[\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60]+';
const CJK = new RegExp(CJK_RUN);
const unescape = (t: string) =>
  t.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);
const escape = (t: string) =>
  t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * resvg draws a label that mixes scripts in its fallback font from the first Japanese character
 * on, in Regular even where the label is bold. So each such <text> becomes one <text> per run:
 * Latin runs as the page draws them, Japanese runs in Noto Sans CJK JP, each placed where the
 * layout's width table puts it (the same widths the fit checks use).
 */
function splitScripts(svg: string): string {
  return svg.replace(/<text([^>]*)>([^<]*)<\/text>/g, (whole, attrs: string, body: string) => {
    const text = unescape(body);
    if (!CJK.test(text)) return whole;
    const num = (name: string) => Number(new RegExp(` ${name}="([^"]*)"`).exec(attrs)?.[1] ?? 0);
    const size = num('font-size');
    const weight = / font-weight="700"/.test(attrs) ? 'bold' : 'normal';
    const anchor = / text-anchor="(middle|end)"/.exec(attrs)?.[1];
    const total = textWidth(text, size, weight);
    let x = num('x') - (anchor === 'end' ? total : anchor === 'middle' ? total / 2 : 0);
    const rest = attrs.replace(/ (x|text-anchor)="[^"]*"/g, '');
    const runs = text.split(new RegExp(`(${CJK_RUN})`)).filter(Boolean);
    return runs
      .map((run) => {
        const cjk = CJK.test(run);
        const out = `<text x="${x.toFixed(2)}"${rest}${cjk ? ` font-family="Noto Sans CJK JP"` : ''} xml:space="preserve">${escape(run)}</text>`;
        x += textWidth(run, size, weight);
        return out;
      })
      .join('');
  });
}

// Every chart at every surface is a few hundred PNGs: more than the default ten seconds.
test('preview', { timeout: 300_000 }, () => {
  for (const [id, chart] of charts) {
    if (which !== 'all' && which !== id) continue;
    const dir = `/tmp/preview/${id}`;
    mkdirSync(dir, { recursive: true });
    for (const step of [null, ...stepIds(chart)]) {
      for (const [name, size] of surfaces) {
        // A file of its own, as downloads are (resvg needs the xmlns and colours as attributes).
        const svg = splitScripts(renderChartSvg(id, step, { size, standalone: true, locale }));
        const png = new Resvg(svg, {
          font: {
            loadSystemFonts: false,
            fontFiles,
            defaultFontFamily: 'DejaVu Sans',
            sansSerifFamily: 'DejaVu Sans'
          }
        })
          .render()
          .asPng();
        writeFileSync(`${dir}/${step ?? 'opening'}@${name}${locale === 'en' ? '' : `.${locale}`}.png`, png);
      }
    }
    console.log(`wrote ${dir}`);
  }
});
