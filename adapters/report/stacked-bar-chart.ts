import type { CountRow } from './hand-offs.js';
import { drawText, glyphHeight, textWidth } from './pixel-font.js';
import { Raster, type Rgb } from './raster.js';

export interface StackedBar {
  /** Shown under the bar (a date). */
  label: string;
  /** The bar's parts, by series key. */
  parts: readonly CountRow[];
}

export interface StackedBarChart {
  title: string;
  bars: readonly StackedBar[];
  /** Shown instead of bars when every bar is empty. */
  emptyText?: string;
}

/** Okabe–Ito colours (told apart with colour-blindness too); grey for the rest. */
const palette: Rgb[] = [[0, 114, 178], [230, 159, 0], [0, 158, 115], [204, 121, 167], [86, 180, 233], [213, 94, 0], [240, 228, 66]];
const grey: Rgb = [160, 160, 160];
const ink: Rgb = [40, 40, 40];
const faint: Rgb = [225, 225, 225];
export const otherSeries = 'other';
const colorOf = (key: string, index: number): Rgb => (key === otherSeries ? grey : (palette[index] ?? grey));

const size = { width: 960, height: 480, scale: 2 };
const plot = { left: 80, top: 70, right: 640, bottom: 420 };
const legendLeft = 680;

/** The series shown in their own colour (the largest overall, at most one per colour); the rest count as `other`. */
function seriesOf(bars: readonly StackedBar[]): string[] {
  const totals = new Map<string, number>();
  for (const bar of bars) for (const part of bar.parts) totals.set(part.key, (totals.get(part.key) ?? 0) + part.count);
  const keys = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  return keys.length <= palette.length ? keys : [...keys.slice(0, palette.length - 1), otherSeries];
}

/** A round axis maximum at or above `max`: whole steps of 1, 2, 2.5 (from 25 up) or 5 × 10ⁿ, about 4 of them. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 4, step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiples = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = multiples.map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const whole = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

function fit(text: string, width: number, scale: number): string {
  let shown = text;
  while (shown.length > 1 && textWidth(shown, scale) > width) shown = shown.slice(0, -1);
  return shown === text ? text : `${shown.slice(0, -1)}.`;
}

function axes(raster: Raster, top: number, step: number): void {
  const { scale } = size;
  for (let value = 0; value <= top; value += step) {
    const y = plot.bottom - ((plot.bottom - plot.top) * value) / top;
    raster.fillRect(plot.left, y, plot.right - plot.left, 1, value === 0 ? ink : faint);
    const label = String(value);
    drawText(raster, plot.left - 10 - textWidth(label, scale), y - (glyphHeight * scale) / 2, label, ink, scale);
  }
}

function legend(raster: Raster, series: readonly string[]): void {
  const { scale } = size;
  series.forEach((key, i) => {
    const y = plot.top + i * 30;
    raster.fillRect(legendLeft, y, 16, 16, colorOf(key, i));
    drawText(raster, legendLeft + 26, y + 1, fit(key, size.width - legendLeft - 36, scale), ink, scale);
  });
}

/**
 * Draws a stacked bar chart as a raster: a title, bars with their totals on top and labels under them, a y axis with
 * round steps, and a legend of the series (largest first, colours in that order; beyond seven, `other` in grey).
 */
export function drawStackedBars(chart: StackedBarChart): Raster {
  const { scale } = size;
  const raster = new Raster(size.width, size.height);
  drawText(raster, 20, 20, fit(chart.title, size.width - 40, scale), ink, scale);
  const series = seriesOf(chart.bars);
  const totals = chart.bars.map((bar) => bar.parts.reduce((sum, p) => sum + p.count, 0));
  const { top, step } = niceScale(Math.max(0, ...totals));
  axes(raster, top, step);
  const slot = (plot.right - plot.left) / Math.max(1, chart.bars.length);
  const barWidth = Math.round(slot * 0.62);
  const height = plot.bottom - plot.top;
  chart.bars.forEach((bar, i) => {
    const x = plot.left + slot * i + (slot - barWidth) / 2;
    let y = plot.bottom;
    for (const [index, key] of series.entries()) {
      const count = key === otherSeries
        ? bar.parts.filter((p) => !series.includes(p.key)).reduce((sum, p) => sum + p.count, 0)
        : (bar.parts.find((p) => p.key === key)?.count ?? 0);
      const h = (height * count) / top;
      raster.fillRect(x, y - h, barWidth, h, colorOf(key, index));
      y -= h;
    }
    const center = x + barWidth / 2;
    const total = String(totals[i] ?? 0);
    if (totals[i]) drawText(raster, center - textWidth(total, scale) / 2, y - 8 - glyphHeight * scale, total, ink, scale);
    const label = fit(bar.label, slot - 4, scale);
    drawText(raster, center - textWidth(label, scale) / 2, plot.bottom + 12, label, ink, scale);
  });
  if (series.length === 0 && chart.emptyText) {
    const text = fit(chart.emptyText, plot.right - plot.left, scale);
    drawText(raster, (plot.left + plot.right - textWidth(text, scale)) / 2, (plot.top + plot.bottom) / 2, text, ink, scale);
  }
  legend(raster, series);
  return raster;
}
