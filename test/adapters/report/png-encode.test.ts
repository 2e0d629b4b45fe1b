import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../adapters/report/crc32.js';
import { encodePng } from '../../../adapters/report/png-encode.js';
import { drawText, textWidth } from '../../../adapters/report/pixel-font.js';
import { Raster } from '../../../adapters/report/raster.js';
import { decodePng } from '../../fakes/png-decode.js';

describe('encodePng', () => {
  it('GIVEN the CRC-32 check values THEN the table CRC matches them and zlib', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 31) % 256));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('GIVEN a raster with coloured rectangles THEN the PNG decodes to the same size and pixels', () => {
    const raster = new Raster(37, 21, [255, 255, 255]);
    raster.fillRect(2, 3, 10, 5, [200, 10, 20]);
    raster.fillRect(30, 15, 50, 50, [0, 114, 178]);
    const png = decodePng(encodePng(raster));
    expect(png).toMatchObject({ width: 37, height: 21, bitDepth: 8, colorType: 2, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    expect(png.pixel(0, 0)).toEqual([255, 255, 255]);
    expect(png.pixel(2, 3)).toEqual([200, 10, 20]);
    expect(png.pixel(11, 7)).toEqual([200, 10, 20]);
    expect(png.pixel(12, 7)).toEqual([255, 255, 255]);
    expect(png.pixel(36, 20)).toEqual([0, 114, 178]);
  });

  it('GIVEN one flipped byte THEN the test decoder refuses the file (it does check)', () => {
    const bytes = encodePng(new Raster(4, 4));
    const broken = Buffer.from(bytes);
    broken[20] = (broken[20] ?? 0) ^ 1; // inside IHDR's data
    expect(() => decodePng(broken)).toThrow(/CRC/);
    expect(() => decodePng(bytes.subarray(1))).toThrow(/signature/);
  });

  it('GIVEN a text THEN the bitmap font draws its glyphs and only within its width', () => {
    const raster = new Raster(80, 20);
    drawText(raster, 1, 1, 'Hi 42', [0, 0, 0], 2);
    expect(textWidth('Hi 42', 2)).toBe((5 * 6 - 1) * 2);
    const inked = (x0: number, x1: number) => {
      let n = 0;
      for (let y = 0; y < 20; y++) for (let x = x0; x < x1; x++) if (raster.pixel(x, y)[0] === 0) n++;
      return n;
    };
    expect(inked(1, 11)).toBeGreaterThan(20); // H
    expect(inked(25, 35)).toBe(0); // the space
    expect(inked(1 + textWidth('Hi 42', 2), 80)).toBe(0);
    // The left column of "H" is solid for its 7 rows.
    for (let y = 1; y < 15; y++) expect(raster.pixel(1, y)).toEqual([0, 0, 0]);
  });
});
