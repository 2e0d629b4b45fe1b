/** A horizontal bar of up to `width` cells for `value` out of `max`; any non-zero value shows at least a sliver. */
export function textBar(value: number, max: number, width = 30): string {
  if (value <= 0 || max <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}
