import type { Digest } from './build-digest.js';
import { encodePng } from './png-encode.js';
import { drawStackedBars } from './stacked-bar-chart.js';
import { describeLength, wholeDays } from './render-digest.js';
import { zonedLabel } from './zoned-time.js';

/** What the chart's periods are called in its title: weeks for a weekly digest. */
function periodName(length: number, count: number): string {
  const days = wholeDays(length);
  if (days === 7) return `${count} weeks`;
  if (days === 1) return `${count} days`;
  return `${count} periods of ${describeLength(length)}`;
}

/**
 * The digest's chart as a PNG: one stacked bar per period (the last 8, this one last) of questions per pain point,
 * labelled with the day each period starts in `timeZone`. Drawn in-process: no browser, no native module.
 */
export function digestChart(digest: Digest, timeZone: string): Buffer {
  const length = digest.until - digest.since;
  return encodePng(
    drawStackedBars({
      title: `Questions per pain point, last ${periodName(length, digest.buckets.length)} (${timeZone})`,
      bars: digest.buckets.map((b) => ({ label: zonedLabel(b.since, timeZone, length), parts: b.perPainPoint })),
      emptyText: 'No questions in these periods',
    }),
  );
}
