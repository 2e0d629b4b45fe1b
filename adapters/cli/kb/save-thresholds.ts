import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Calibration } from '../../../src/evaluation/calibrate.js';
import { formatObjective } from '../../../src/evaluation/calibration-objective.js';

const round = (x: number): number => Number(x.toFixed(4));

/** Stores calibrated thresholds in the pack's `pack.yaml` with how they were chosen, keeping its other fields. */
export async function saveThresholds(dir: string, calibration: Calibration, date = new Date()): Promise<void> {
  const file = path.join(dir, 'pack.yaml');
  let data: Record<string, unknown> = { name: path.basename(dir) };
  try {
    data = (parse(await readFile(file, 'utf8')) as Record<string, unknown> | null) ?? data;
  } catch {
    // no pack.yaml yet: start one
  }
  data.thresholds = calibration.thresholds;
  data.calibration = {
    objective: formatObjective(calibration.objective),
    clarify: calibration.clarify,
    validation: {
      inScope: round(calibration.inScope),
      outOfScope: round(calibration.outOfScope),
      inScopeLines: calibration.lines.inScope,
      outOfScopeLines: calibration.lines.outOfScope,
    },
    date: date.toISOString().slice(0, 10),
  };
  await writeFile(file, stringify(data));
}
