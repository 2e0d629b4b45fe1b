import { inflateSync } from 'node:zlib';

/** A PNG read back by the tests: header fields, chunk types in order, and the unfiltered RGB(A) scanlines. */
export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  chunkTypes: string[];
  pixel(x: number, y: number): number[];
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** CRC-32 bit by bit (independent of the encoder's table), over a chunk's type and data. */
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * A strict little PNG decoder for 8-bit truecolour images (colour types 2 and 6), not interlaced: checks the
 * signature, every chunk's CRC, IHDR first and IEND last, inflates the IDAT data, checks each scanline's length and
 * filter byte, and undoes the filters. Throws on anything else.
 */
export function decodePng(bytes: Buffer): DecodedPng {
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: bad signature');
  const chunkTypes: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new Error('truncated chunk');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (data.length !== length) throw new Error(`truncated ${type}`);
    if (crc(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunkTypes.push(type);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (chunkTypes[0] !== 'IHDR' || chunkTypes.at(-1) !== 'IEND' || !header) throw new Error('IHDR must come first and IEND last');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth = 0, colorType = 0, , , interlace] = header.subarray(8);
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) throw new Error('only 8-bit RGB(A), not interlaced');
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== height * (stride + 1)) throw new Error(`IDAT holds ${raw.length} bytes, ${height * (stride + 1)} expected`);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 255;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    const up = rows[y - 1] ?? Buffer.alloc(stride);
    if (filter > 4) throw new Error(`bad filter ${filter} on row ${y}`);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (line[i - channels] ?? 0) : 0;
      const b = up[i] ?? 0;
      const c = i >= channels ? (up[i - channels] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      line[i] = ((line[i] ?? 0) + predictor) & 0xff;
    }
    rows.push(line);
  }
  return {
    width, height, bitDepth, colorType, chunkTypes,
    pixel: (x, y) => [...(rows[y] ?? Buffer.alloc(0)).subarray(x * channels, (x + 1) * channels)],
  };
}
