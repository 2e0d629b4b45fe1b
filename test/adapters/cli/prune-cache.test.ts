import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCache } from '../../../adapters/cli/prune-cache.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pruneCache', () => {
  it('GIVEN more files of a kind than it keeps THEN the oldest go, other kinds and the newest stay', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ml-advisor-prune-'));
    for (let i = 0; i < 6; i++) {
      const file = path.join(dir, `index-${i}.bin`);
      writeFileSync(file, 'x');
      utimesSync(file, 1_000 + i, 1_000 + i);
    }
    writeFileSync(path.join(dir, 'knowledge-a.v8'), 'y');
    writeFileSync(path.join(dir, 'index-9.bin.123.tmp'), 'partial');
    // Written "now" (an hour after the oldest file): all are recent, none goes.
    expect(await pruneCache(dir, 'index-', 4, 1_000_000 + 3_000_000)).toBe(0);
    expect(await pruneCache(dir, 'index-', 4)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['index-2.bin', 'index-3.bin', 'index-4.bin', 'index-5.bin', 'index-9.bin.123.tmp', 'knowledge-a.v8']);
    expect(await pruneCache(dir, 'index-', 4)).toBe(0);
  });

  it('GIVEN a folder that does not exist THEN nothing happens', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ml-advisor-prune-'));
    expect(await pruneCache(path.join(dir, 'missing'), 'index-')).toBe(0);
  });
});
