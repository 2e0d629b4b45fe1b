import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/match/stem.js';

const require = createRequire(import.meta.url);

describe('stem', () => {
  it.each([
    ['training', 'train'],
    ['trained', 'train'],
    ['algorithms', 'algorithm'],
    ['notebooks', 'notebook'],
    ['forecasting', 'forecast'],
  ])('GIVEN %s THEN the Porter stem is %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['ml', 'ec2', 't2', '0.0464', 'ml.t2.medium', 'gpu', 'süß'])('GIVEN %s (short, digits, dots or non a-z) THEN it is kept as is', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('GIVEN inflections of one word THEN they share a stem (what the matcher relies on)', () => {
    expect(new Set(['scale', 'scaling', 'scaled', 'scales'].map(stem)).size).toBe(1);
  });

  it('GIVEN the deep import of natural\'s Porter stemmer THEN it resolves in the installed natural, the version package-lock pins', () => {
    const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (w: string) => string };
    expect(porter.stem('running')).toBe('run');
    const installed = (require('natural/package.json') as { version: string }).version;
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { version?: string }> };
    expect(installed).toBe(lock.packages['node_modules/natural']?.version);
  });
});
