import { encode } from 'uqr';

/**
 * A QR code as an SVG string, drawn at build time (the handout prints it; no script, no image
 * file). One path of dark modules, merged along each row, on a white square with the standard
 * quiet zone of four modules, so phones read it on paper of any colour. Error correction M
 * (15%): enough for a creased or smudged handout at a size a URL of ~80 characters prints well.
 */
export interface QrSvg {
  svg: string;
  /** Modules per side, without the quiet zone. */
  modules: number;
}

const QUIET = 4;

export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

export function qrSvg(text: string, label: string): QrSvg {
  const data = qrMatrix(text);
  const n = data.length;
  const size = n + 2 * QUIET;
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < n; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < n && row[x + run]) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const svg =
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${esc(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
  return { svg, modules: n };
}
