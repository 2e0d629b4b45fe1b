import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../adapters/report/build-digest.js';
import { digestChart } from '../../../adapters/report/digest-chart.js';
import { drawStackedBars, niceScale } from '../../../adapters/report/stacked-bar-chart.js';
import { encodePng } from '../../../adapters/report/png-encode.js';
import { decodePng, type DecodedPng } from '../../fakes/png-decode.js';
import { questionRow } from '../../fakes/store-rows.js';

const week = 7 * 86_400_000;
const until = Date.UTC(2026, 10, 30, 9);
const blue = [0, 114, 178];
const orange = [230, 159, 0];
const grey = [160, 160, 160];

/** How many pixels of the image have this colour. */
function count(png: DecodedPng, color: number[]): number {
  let n = 0;
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) if (png.pixel(x, y).every((v, i) => v === color[i])) n++;
  return n;
}

describe('the digest chart', () => {
  it('GIVEN questions over the last weeks THEN a PNG that decodes, with a stacked bar of each pain point in its colour', () => {
    const questions = [
      ...Array.from({ length: 6 }, (_, i) => questionRow({ at: until - 1 - i, painPoint: 'data-preparation' })),
      ...Array.from({ length: 3 }, (_, i) => questionRow({ at: until - week - 1 - i, painPoint: 'cost-control' })),
    ];
    const digest = buildDigest({ questions, feedback: [], escalations: [], gapVotes: [], since: until - week, until });
    const png = decodePng(digestChart(digest, 'UTC'));
    expect(png).toMatchObject({ width: 960, height: 480, colorType: 2 });
    // data-preparation has the most questions: the first colour; cost-control the second.
    const last = Math.round(80 + (560 / 8) * 7.5);
    expect(png.pixel(last, 415)).toEqual(blue);
    expect(png.pixel(last - 70, 415)).toEqual(orange);
    // The axis tops at 6: the bar of 6 reaches the top of the plot (y 70), the bar of 3 half-way (y 245).
    expect(png.pixel(last, 75)).toEqual(blue);
    expect(png.pixel(last - 70, 260)).toEqual(orange);
    expect(png.pixel(last - 70, 230)).not.toEqual(orange);
    expect(png.pixel(last - 140, 415)).toEqual([255, 255, 255]);
  });

  it('GIVEN no questions THEN the chart still decodes, with no bar', () => {
    const digest = buildDigest({ questions: [], feedback: [], escalations: [], gapVotes: [], since: until - week, until });
    const png = decodePng(digestChart(digest, 'UTC'));
    expect(count(png, blue)).toBe(0);
  });

  it('GIVEN more series than colours THEN the smallest are drawn together as "other" in grey', () => {
    const parts = Array.from({ length: 9 }, (_, i) => ({ key: `p${i}`, count: 20 - i }));
    const raster = drawStackedBars({ title: 'T', bars: [{ label: 'a', parts }] });
    const png = decodePng(encodePng(raster));
    expect(count(png, grey)).toBeGreaterThan(16 * 16);
  });

  it('GIVEN a maximum THEN the axis ends on a round number in about four steps', () => {
    expect([niceScale(0), niceScale(3), niceScale(10), niceScale(31), niceScale(947)]).toEqual([
      { top: 4, step: 1 }, { top: 3, step: 1 }, { top: 10, step: 5 }, { top: 40, step: 10 }, { top: 1000, step: 250 },
    ]);
  });
});

