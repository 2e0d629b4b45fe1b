import type { Raster, Rgb } from './raster.js';

/** Glyphs are 5 × 7 pixels, drawn 6 pixels apart (one column of spacing). */
export const glyphWidth = 5;
export const glyphHeight = 7;
const cellWidth = glyphWidth + 1;

/**
 * A 5 × 7 bitmap font for printable ASCII (space to `~`): 7 characters a glyph, one a row, each a base-32 digit whose
 * five bits are the row's pixels, left pixel first.
 */
const glyphRows =
  '00000004444404aa00000aavavaa4fke5u4op248j3cik8lid44000002488842842224804lel40044v4400000c48000v000' +
  '00000cc01248g0ehjlphe4c4444eeh1248vv2421he26aiv22vgu11he68guhhev124888ehhehheehhf12c0cc0cc00cc0c48' +
  '248g84200v0v008421248eh12404eh1dlleehhvhhhuhhuhhuehggghesihhhisvgguggvvggugggehgnhhfhhhvhhhe44444e' +
  '72222ichikokihggggggvhrllhhhhhpljhhehhhhheuhhugggehhhliduhhukihfgge11uv444444hhhhhhehhhhha4hhhllla' +
  'hha4ahhhhha444v1248gve88888e0g84210e22222e4ah0000000000v840000000e1fhfggmphhu00egghe11djhhf00ehvge' +
  '698s8880fhhf1eggmphhh40c444e20622icggikokic44444e00qllhh00mphhh00ehhhe00uhugg00djf1100mpggg00ege1u' +
  '88s889600hhhjd00hhha400hhlla00ha4ah00hhf1e00v248v244844244444448442448008l200';

const first = 32;
const last = 126;

/** What a character is drawn as: itself in printable ASCII, its base letter for an accented one, else `?`. */
function printable(ch: string): number {
  const code = ch.normalize('NFKD').charCodeAt(0);
  return code >= first && code <= last ? code : '?'.charCodeAt(0);
}

/** The width in pixels `text` takes at `scale`. */
export function textWidth(text: string, scale = 1): number {
  const n = [...text].length;
  return n === 0 ? 0 : (n * cellWidth - 1) * scale;
}

/** Draws `text` with its top-left corner at (x, y), each font pixel a `scale` × `scale` square. */
export function drawText(raster: Raster, x: number, y: number, text: string, color: Rgb, scale = 1): void {
  let left = x;
  for (const ch of text) {
    const offset = (printable(ch) - first) * glyphHeight;
    for (let row = 0; row < glyphHeight; row++) {
      const bits = parseInt(glyphRows[offset + row] ?? '0', 32);
      for (let col = 0; col < glyphWidth; col++) {
        if (bits & (1 << (glyphWidth - 1 - col))) raster.fillRect(left + col * scale, y + row * scale, scale, scale, color);
      }
    }
    left += cellWidth * scale;
  }
}
