/**
 * Just enough PNG for cards: read the header, and add or read `tEXt` chunks. A card carries the
 * SHA-256 of the SVG it was drawn from, so a test can lay the step out afresh and prove the
 * image shows that scene (and the cache can never serve a stale drawing unnoticed).
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG file, in order. Throws on a bad signature, a truncated chunk or a bad CRC. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < buf.length) {
    if (at + 12 > buf.length) throw new Error('truncated PNG chunk');
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > buf.length) throw new Error(`truncated PNG chunk ${type}`);
    const crc = buf.readUInt32BE(at + 8 + length);
    if (crc !== crc32(buf.subarray(at + 4, at + 8 + length))) throw new Error(`bad CRC in PNG chunk ${type}`);
    chunks.push({ type, data: buf.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('PNG does not end with IEND');
  return chunks;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = pngChunks(png)[0]!.data;
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4) };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A copy of `png` with `tEXt` chunks (Latin-1 keyword and text) inserted after IHDR. */
export function withText(png: Uint8Array, text: Record<string, string>): Buffer {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const ihdrEnd = 8 + 12 + buf.readUInt32BE(8);
  const extra = Object.entries(text).map(([k, v]) => {
    if (!/^[\x20-\x7e]{1,79}$/.test(k)) throw new Error(`bad PNG text keyword "${k}"`);
    return chunk(
      'tEXt',
      Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from([0]), Buffer.from(v, 'latin1')])
    );
  });
  return Buffer.concat([buf.subarray(0, ihdrEnd), ...extra, buf.subarray(ihdrEnd)]);
}

/** The `tEXt` chunks of a PNG as keyword → text. */
export function pngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of pngChunks(png)) {
    if (c.type !== 'tEXt') continue;
    const nul = c.data.indexOf(0);
    out[c.data.toString('latin1', 0, nul)] = c.data.toString('latin1', nul + 1);
  }
  return out;
}
