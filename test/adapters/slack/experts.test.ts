import { describe, expect, it } from 'vitest';
import { Experts } from '../../../adapters/slack/experts.js';
import type { SlackClient } from '../../../adapters/slack/slack-deps.js';
import { manualClock } from '../../fakes/core-messages.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

/** A `usergroups.users.list` that answers the members given, or throws Slack's error, counting calls. */
function usergroups(answer: () => Promise<unknown>): { client: Pick<SlackClient, 'usergroups'>; calls: unknown[] } {
  const calls: unknown[] = [];
  const list = async (args: unknown) => {
    calls.push(args);
    return answer();
  };
  return { client: { usergroups: { users: { list } } } as unknown as Pick<SlackClient, 'usergroups'>, calls };
}

describe('GIVEN the experts group S0EXPERTS', () => {
  it('THEN its mention is Slack\'s user group syntax', () => {
    const { client } = usergroups(async () => ({ ok: true, users: [] }));
    expect(new Experts('S0EXPERTS', client, capturingLogger().logger).mention).toBe('<!subteam^S0EXPERTS>');
  });

  it('WHEN members are asked about THEN Slack is read once per minute for the group', async () => {
    let users = ['U0EXPERT'];
    const { client, calls } = usergroups(async () => ({ ok: true, users }));
    const clock = manualClock();
    const experts = new Experts('S0EXPERTS', client, capturingLogger().logger, 60_000, clock.now);
    expect(await experts.has('U0EXPERT')).toBe(true);
    expect(await experts.has('U0BOB')).toBe(false);
    expect(calls).toEqual([{ usergroup: 'S0EXPERTS' }]);
    users = ['U0BOB'];
    clock.advance(60_000);
    expect(await experts.has('U0BOB')).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('WHEN Slack refuses (missing_scope) or answers nonsense THEN nobody is an expert, with one warning', async () => {
    const { logger, lines } = capturingLogger();
    const refusing = new Experts('S0EXPERTS', usergroups(async () => Promise.reject(new Error('missing_scope'))).client, logger);
    const odd = new Experts('S0EXPERTS', usergroups(async () => ({ ok: true, members: 'U0EXPERT' })).client, logger);
    expect(await refusing.has('U0EXPERT')).toBe(false);
    expect(await refusing.has('U0EXPERT')).toBe(false);
    expect(await odd.has('U0EXPERT')).toBe(false);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2);
  });

  it('WHEN Slack refuses THEN the refusal is kept for the TTL (no call, no new warning), then Slack is asked again', async () => {
    const { logger, lines } = capturingLogger();
    let refuse = true;
    const { client, calls } = usergroups(async () => (refuse ? Promise.reject(new Error('missing_scope')) : { ok: true, users: ['U0EXPERT'] }));
    const clock = manualClock();
    const experts = new Experts('S0EXPERTS', client, logger, 60_000, clock.now);
    expect(await experts.has('U0EXPERT')).toBe(false);
    clock.advance(59_999);
    expect(await experts.has('U0EXPERT')).toBe(false);
    expect(calls).toHaveLength(1);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
    clock.advance(1);
    expect(await experts.has('U0EXPERT')).toBe(false);
    expect(calls).toHaveLength(2);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2);
    refuse = false;
    clock.advance(60_000);
    expect(await experts.has('U0EXPERT')).toBe(true);
    refuse = true;
    clock.advance(60_000);
    expect(await experts.has('U0EXPERT')).toBe(true);
    expect(calls).toHaveLength(4);
  });
});
