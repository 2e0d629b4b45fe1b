import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Pair = [text: string, label: string];

export interface Clinc {
  train: Pair[];
  val: Pair[];
  test: Pair[];
  oos_val: Pair[];
  oos_test: Pair[];
}

/** Finds CLINC150's data_full.json: CLINC150_PATH, else ../shared/datasets/clinc150 beside the repo. */
export function loadClinc(root: string): Clinc {
  const file = process.env.CLINC150_PATH ?? path.resolve(root, '..', 'shared', 'datasets', 'clinc150', 'data_full.json');
  if (!existsSync(file)) throw new Error(`CLINC150 not found at ${file} (set CLINC150_PATH)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Clinc;
}
