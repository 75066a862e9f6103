#!/usr/bin/env node
/**
 * The Japanese font for cards and PNG downloads: Noto Sans CJK JP (SIL Open Font License 1.1),
 * subset to the characters the Japanese edition can draw, so the repository carries about a
 * megabyte rather than two 20 MB collections.
 *
 *   npm run fonts:subset      (needs Debian's fonts-noto-cjk: apt-get install fonts-noto-cjk)
 *
 * Reads face 0 (Noto Sans CJK JP) of /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc
 * and writes assets/fonts/NotoSansCJKjp-{Regular,Bold}.subset.otf with harfbuzz's subsetter
 * (the npm package subset-font, wasm): OpenType with CFF outlines, which resvg reads (it does not
 * read WOFF2). The glyphs kept are every character of content/ja/, of the source under src/
 * (UI strings, chart strings), the whole of hiragana, katakana, CJK punctuation and the
 * full-width forms, and printable ASCII. tests/unit/fonts.test.ts fails when a character the
 * Japanese edition uses is missing from the subset: run this script again and commit the fonts.
 * Run twice on the same text, it writes the same bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = '/usr/share/fonts/opentype/noto';
export const CJK_FONTS = {
  normal: 'assets/fonts/NotoSansCJKjp-Regular.subset.otf',
  bold: 'assets/fonts/NotoSansCJKjp-Bold.subset.otf'
};

/**
 * @param {string} dir
 * @param {string[]} exts
 * @returns {string[]}
 */
function files(dir, exts) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

/** @type {(from: number, to: number) => string[]} */
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/**
 * Every character the Japanese edition may draw on a card or a download, sorted: the text of
 * content/ja/ and of src/ (outside ASCII), plus the blocks a Japanese label can use.
 */
/** @returns {string} */
export function japaneseCharacters(root = ROOT) {
  const set = new Set([
    ...range(0x20, 0x7e), // ASCII
    ...range(0x3000, 0x303f), // CJK punctuation: 、。「」『』〜
    ...range(0x3041, 0x3096), // hiragana
    ...range(0x3099, 0x309f),
    ...range(0x30a0, 0x30ff), // katakana
    ...range(0xff01, 0xff5e), // full-width forms: （）：！？％
    ...'‐–—―‘’“”…‥・×÷±≒≦≧→←↑↓％‰°℃€£¥※'
  ]);
  const texts = [
    ...files(join(root, 'content/ja'), ['.md', '.json']),
    ...files(join(root, 'src'), ['.ts', '.svelte', '.js'])
  ];
  for (const file of texts) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp > 0x7e && !/\s/u.test(ch) && cp !== 0xfeff) set.add(ch);
    }
  }
  return [...set].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/**
 * One face of a TrueType/OpenType collection (.ttc) as a standalone font: its table directory
 * and a copy of each table it points at (faces of a collection share tables). The subsetter
 * takes single fonts only.
 */
/**
 * @param {Buffer} ttc
 * @param {number} index
 * @returns {Buffer}
 */
export function faceOfCollection(ttc, index) {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection');
  const at = ttc.readUInt32BE(12 + 4 * index);
  const count = ttc.readUInt16BE(at + 4);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const rec = at + 12 + 16 * i;
    tables.push({
      tag: ttc.toString('latin1', rec, rec + 4),
      checksum: ttc.readUInt32BE(rec + 4),
      data: ttc.subarray(ttc.readUInt32BE(rec + 8), ttc.readUInt32BE(rec + 8) + ttc.readUInt32BE(rec + 12))
    });
  }
  const head = Buffer.alloc(12 + 16 * count);
  ttc.copy(head, 0, at, at + 12);
  let offset = head.length;
  const parts = [head];
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    head.write(t.tag, rec, 'latin1');
    head.writeUInt32BE(t.checksum, rec + 4);
    head.writeUInt32BE(offset, rec + 8);
    head.writeUInt32BE(t.data.length, rec + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

async function main() {
  // @ts-expect-error: subset-font ships no types (Buffer, text, options) → Promise<Buffer>.
  const { default: subsetFont } = await import('subset-font');
  const text = japaneseCharacters();
  for (const [weight, out] of Object.entries(CJK_FONTS)) {
    const from = join(SOURCE, `NotoSansCJK-${weight === 'bold' ? 'Bold' : 'Regular'}.ttc`);
    // Face 0 of the collection is Noto Sans CJK JP (fc-scan lists the faces).
    const font = await subsetFont(faceOfCollection(readFileSync(from), 0), text, { targetFormat: 'sfnt' });
    writeFileSync(join(ROOT, out), font);
    console.log(
      `${relative(ROOT, join(ROOT, out))}: ${[...text].length} characters, ${(font.length / 1024).toFixed(0)} KB`
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
