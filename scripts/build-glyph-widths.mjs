/**
 * Builds src/lib/charts/glyph-widths.ts, the advance widths that `textWidth` measures text with,
 * from the font the charts are drawn in on Linux: DejaVu Sans Book and Bold (Debian's
 * fonts-dejavu-core, what Chromium renders `system-ui`/sans-serif with here and on CI).
 *
 *   node scripts/build-glyph-widths.mjs
 *
 * Why DejaVu: it is wider than SF Pro or Roboto, so a label that fits in DejaVu fits on phones
 * too, and the in-browser label-fit test measures with it. Why a table: layouts are pure and run
 * on the server, where there is no DOM to measure with (Observable Plot measures the same way).
 *
 * The reader below is just enough TrueType for advance widths: the table directory, `head`
 * (units per em), `hhea` (number of metrics), `hmtx` (advances) and a format-4 `cmap` (code point
 * → glyph). Kerning is ignored: it only ever narrows a pair, so the estimate errs wide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

const FONTS = {
  normal: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
};
const OUT = 'src/lib/charts/glyph-widths.ts';

/**
 * The code points the table covers; text.ts gives anything else a default width (combining marks
 * zero, CJK one em, the rest one em).
 */
const RANGES = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: £ ¥ © ° · × ÷ é …
  [0x100, 0x17f], // Latin Extended-A: names such as Łódź, Škoda
  [0x2007, 0x200a], // figure, punctuation, thin and hair spaces
  [0x2010, 0x2027], // hyphens, dashes – —, quotes ‘ ’ “ ”, bullet •, ellipsis …
  [0x202f, 0x202f], // narrow no-break space
  [0x2030, 0x203a], // ‰ ′ ″ ‹ ›
  [0x20a9, 0x20a9], // ₩
  [0x20ac, 0x20ac], // €
  [0x20b9, 0x20b9], // ₹
  [0x2190, 0x2195], // arrows ← ↑ → ↓ ↔ ↕
  [0x2212, 0x2212], // − (true minus)
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2265], // ≠ ≤ ≥
  [0x25a0, 0x25ab], // ■ □ ▪ ▫
  [0x25cb, 0x25cf] // ○ ●
];

function readFont(path) {
  const buf = readFileSync(path);
  const u16 = (o) => buf.readUInt16BE(o);
  const u32 = (o) => buf.readUInt32BE(o);
  const tables = {};
  for (let i = 0, n = u16(4); i < n; i++) {
    const rec = 12 + 16 * i;
    tables[buf.toString('latin1', rec, rec + 4)] = u32(rec + 8);
  }
  const unitsPerEm = u16(tables.head + 18);
  const metrics = u16(tables.hhea + 34);
  const advance = (gid) => u16(tables.hmtx + 4 * Math.min(gid, metrics - 1));

  // Prefer the Windows Unicode BMP subtable (3, 1), else Unicode (0, *); both are format 4 here.
  const cmap = tables.cmap;
  let sub = -1;
  for (let i = 0, n = u16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const [platform, encoding] = [u16(rec), u16(rec + 2)];
    if ((platform === 3 && encoding === 1) || (platform === 0 && sub < 0)) sub = cmap + u32(rec + 4);
  }
  if (sub < 0 || u16(sub) !== 4) throw new Error(`${path}: no format-4 Unicode cmap`);
  const segs = u16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  const glyph = (cp) => {
    for (let i = 0; i < segs; i++) {
      if (cp > u16(ends + 2 * i)) continue;
      const start = u16(starts + 2 * i);
      if (cp < start) return 0;
      const delta = u16(deltas + 2 * i);
      const ro = u16(offsets + 2 * i);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = u16(offsets + 2 * i + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return { unitsPerEm, glyph, advance };
}

/** [code point, width in thousandths of an em (rounded up)] for every covered glyph the font has. */
function widths(path) {
  const font = readFont(path);
  const out = [];
  for (const [a, b] of RANGES) {
    for (let cp = a; cp <= b; cp++) {
      const gid = font.glyph(cp);
      if (gid !== 0) out.push([cp, Math.ceil((font.advance(gid) * 1000) / font.unitsPerEm)]);
    }
  }
  return out;
}

/** Consecutive code points as runs: [first code point, [widths…]]. */
function runs(list) {
  const out = [];
  for (const [cp, w] of list) {
    const last = out.at(-1);
    if (last && last[0] + last[1].length === cp) last[1].push(w);
    else out.push([cp, [w]]);
  }
  return out;
}

const hex = (n) => `0x${n.toString(16).padStart(4, '0')}`;
const normal = widths(FONTS.normal);
const book = new Map(normal);
// Bold lists only the glyphs whose width differs from Book (symbols and arrows do not).
const bold = widths(FONTS.bold).filter(([cp, w]) => book.get(cp) !== w);
// One string of widths per run: a line per run, not a line per few numbers.
const body = Object.entries({ normal, bold })
  .map(
    ([weight, list]) =>
      `${weight}: [${runs(list)
        .map(([cp, ws]) => `[${hex(cp)}, '${ws.join(' ')}']`)
        .join(', ')}]`
  )
  .join(',\n');

const source = `/**
 * Advance widths of DejaVu Sans Book and Bold, in thousandths of an em, as runs of consecutive
 * code points: [first code point, "widths separated by spaces"]; bold lists only the glyphs whose
 * width differs from Book. Generated by
 * scripts/build-glyph-widths.mjs from ${FONTS.normal.split('/').pop()} and ${FONTS.bold.split('/').pop()};
 * do not edit by hand.
 */
export const GLYPH_WIDTHS: Record<'normal' | 'bold', ReadonlyArray<readonly [number, string]>> = {
${body}
};
`;
const config = JSON.parse(readFileSync('.prettierrc', 'utf8'));
writeFileSync(OUT, await format(source, { ...config, plugins: [], parser: 'typescript' }));
console.log(`wrote ${OUT}`);
