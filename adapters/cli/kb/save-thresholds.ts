import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Calibration } from '../../../src/evaluation/calibrate.js';

/** Stores calibrated thresholds in the pack's `pack.yaml`, keeping its other fields. */
export async function saveThresholds(dir: string, calibration: Calibration): Promise<void> {
  const file = path.join(dir, 'pack.yaml');
  let data: Record<string, unknown> = { name: path.basename(dir) };
  try {
    data = (parse(await readFile(file, 'utf8')) as Record<string, unknown> | null) ?? data;
  } catch {
    // no pack.yaml yet: start one
  }
  data.thresholds = calibration.thresholds;
  await writeFile(file, stringify(data));
}
