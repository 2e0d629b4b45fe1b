import { describe, expect, it } from 'vitest';
import { inboundFromCommand } from '../../adapters/slack/inbound-command.js';
import type { SlackClient } from '../../adapters/slack/slack-deps.js';
import { slackReplySender } from '../../adapters/slack/slack-reply-sender.js';
import { createInboxRunner } from '../../src/inbox/inbox-runner.js';
import type { ReplySender } from '../../src/inbox/reply-sender.js';
import type { InboundItem } from '../../src/store/inbox.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { replyFixture } from '../fakes/inbox-fixtures.js';
import { capturingLogger } from '../fakes/slack-harness.js';

const settings = { leaseMs: 1_000, pollMs: 60_000, batch: 5, retry: { minMs: 100, maxMs: 1_000 }, giveUpMs: 24 * 3_600_000 };
const minute = 60_000;

/** Records `item` with a replica that then dies (never sends), and recovers it `laterMs` after it arrived. */
async function recoverLater(sender: ReplySender, item: InboundItem, laterMs: number) {
  const store = new MemoryStore();
  const { logger, lines } = capturingLogger();
  let now = item.receivedAt;
  const closed: string[] = [];
  const sent: string[] = [];
  const counting: ReplySender = { ...sender, send: (record, reply, recovered) => (sent.push(record.key), sender.send(record, reply, recovered)) };
  const deps = { inbox: store.inbox, answer: async () => replyFixture, sender: counting, logger, clock: () => now, settings, random: () => 1 };
  await createInboxRunner(item.platform, deps).record(item);
  now += laterMs;
  const runner = createInboxRunner(item.platform, { ...deps, onClosed: (reason: string) => closed.push(reason) });
  runner.startRecovery();
  await expect.poll(async () => (await store.inbox.inboxStats()).pending).toBe(0);
  await runner.stop(1_000);
  const errors = lines.filter((l) => l.level === 50 && l.msg === 'a message could not be answered; closed');
  return { closed, sent, errors };
}

const commandBody = (trigger: string) => ({
  command: '/ml-start', text: 'how do we label data?', user_id: 'U1', channel_id: 'C1', team_id: 'T1',
  response_url: 'https://hooks.slack.test/commands/T1/1/secret', trigger_id: trigger,
});

describe('GIVEN a Slack /ml-start recorded in the inbox', () => {
  const sender = slackReplySender({} as SlackClient, capturingLogger().logger);

  it('THEN its record lives as long as the response_url (30 minutes) and answers through it', () => {
    const item = inboundFromCommand(commandBody('tr1'), 5_000);
    expect(item).toMatchObject({ key: 'slack:command:tr1', deadline: 5_000 + 30 * minute, route: { replaceOriginal: false } });
    expect(item?.message).toMatchObject({ kind: 'command', text: 'how do we label data?', conversationId: 'C1', workspaceId: 'T1' });
    expect(inboundFromCommand({ ...commandBody('tr2'), command: '/other' }, 5_000)).toBeUndefined();
  });

  it('WHEN it is recovered after the response_url expired THEN it is closed as response_url_expired, counted and logged once, never sent', async () => {
    const item = inboundFromCommand(commandBody('tr3'), 5_000)!;
    const { closed, sent, errors } = await recoverLater(sender, item, 30 * minute);
    expect(closed).toEqual(['response_url_expired']);
    expect(sent).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).not.toContain('secret');
  });
});
