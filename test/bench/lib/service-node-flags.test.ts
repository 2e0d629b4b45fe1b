import { describe, expect, it } from 'vitest';
import { serviceNodeFlags } from '../../../bench/lib/service-node-flags.js';

describe('serviceNodeFlags', () => {
  it('GIVEN a start script with flags THEN returns them in order, without the entry point or its arguments', () => {
    const json = JSON.stringify({ scripts: { start: 'node --max-semi-space-size=8 --no-warnings dist/bundle/ml-advisor.js start --verbose' } });
    expect(serviceNodeFlags(json)).toEqual(['--max-semi-space-size=8', '--no-warnings']);
  });

  it('GIVEN a start script without flags THEN returns none', () => {
    expect(serviceNodeFlags(JSON.stringify({ scripts: { start: 'node dist/bundle/ml-advisor.js start' } }))).toEqual([]);
  });

  it('GIVEN a start script that does not run node THEN says so', () => {
    expect(() => serviceNodeFlags(JSON.stringify({ scripts: { start: 'tsx src/main.ts' } }))).toThrow(/does not run node/);
  });
});
