import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../../adapters/discord/in-order.js';

describe('GIVEN tasks queued per channel', () => {
  it('WHEN a slow task is followed by a quick one in the same channel THEN the quick one waits; another channel does not, and a failure does not stop the queue', async () => {
    const order = inOrder();
    const done: string[] = [];
    const slow = order('c1', async () => (await sleep(50), done.push('c1 slow')));
    const failing = order('c1', async () => {
      throw new Error('boom');
    });
    const quick = order('c1', async () => done.push('c1 quick'));
    const other = order('c2', async () => done.push('c2'));
    await Promise.all([slow, quick, other, failing.catch(() => undefined)]);
    expect(done).toEqual(['c2', 'c1 slow', 'c1 quick']);
    await expect(failing).rejects.toThrow('boom');
  });
});
