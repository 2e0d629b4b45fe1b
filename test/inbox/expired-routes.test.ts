import { describe, expect, it } from 'vitest';
import type { REST, RepliableInteraction } from 'discord.js';
import { answerInteraction } from '../../adapters/discord/answer-interaction.js';
import { discordReplySender } from '../../adapters/discord/discord-reply-sender.js';
import type { HandlerDeps } from '../../adapters/discord/handler-deps.js';
import { inboundFromCommand } from '../../adapters/slack/inbound-command.js';
import type { SlackClient } from '../../adapters/slack/slack-deps.js';
import { slackReplySender } from '../../adapters/slack/slack-reply-sender.js';
import { createInboxRunner } from '../../src/inbox/inbox-runner.js';
import type { ReplySender } from '../../src/inbox/reply-sender.js';
import type { InboundItem } from '../../src/store/inbox.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { replyFixture } from '../fakes/inbox-fixtures.js';
import { capturingLogger } from '../fakes/slack-harness.js';

const settings = { leaseMs: 1_000, pollMs: 60_000, recoveryConcurrency: 5, recoveryPerSecond: 100, backlogDelayMs: 0, retry: { minMs: 100, maxMs: 1_000 }, giveUpMs: 24 * 3_600_000 };
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

describe('GIVEN a Discord interaction answered through the inbox', () => {
  const message = { platform: 'discord' as const, kind: 'command' as const, text: 'is DeepAR good?', userId: 'U1', conversationId: 'C1' };
  const createdAt = 1_700_000_000_000;

  it('THEN it is recorded with its token and 15-minute life before the deferral, and a replay is not deferred again', async () => {
    const store = new MemoryStore();
    const order: string[] = [];
    const deps = {
      clock: () => createdAt + 200,
      inbox: { ...createInboxRunner('discord', {
        inbox: store.inbox, answer: async () => replyFixture, sender: { send: async () => ({ status: 'sent' as const }) },
        logger: capturingLogger().logger, clock: () => createdAt + 200, settings,
      }), deliver: async () => (order.push('deliver'), 'sent' as const) },
    } as unknown as HandlerDeps;
    const interaction = {
      id: 'I1', applicationId: 'A1', token: 'tok-secret', createdTimestamp: createdAt,
      deferReply: async (options: unknown) => void order.push(`defer:${JSON.stringify(options)}`),
    } as unknown as RepliableInteraction;
    await answerInteraction(interaction, message, deps, { ephemeral: true });
    await answerInteraction(interaction, message, deps, { ephemeral: true });
    expect(order).toEqual(['defer:{"flags":64}', 'deliver']);
    const [record] = await store.inbox.claimInbound('discord', 'other', createdAt + 2_000, createdAt + 3_000, 5);
    expect(record).toMatchObject({
      key: 'discord:interaction:I1', deadline: createdAt + 15 * minute,
      route: { applicationId: 'A1', token: 'tok-secret', ephemeral: true },
    });
  });

  it('WHEN it is recovered after the token expired THEN it is closed as interaction_token_expired, counted and logged once, never sent', async () => {
    const rest = {} as REST;
    const item: InboundItem = {
      key: 'discord:interaction:I2', platform: 'discord', message,
      route: { applicationId: 'A1', token: 'tok-secret', ephemeral: false },
      receivedAt: createdAt, deadline: createdAt + 15 * minute,
    };
    const { closed, sent, errors } = await recoverLater(discordReplySender(rest), item, 15 * minute);
    expect(closed).toEqual(['interaction_token_expired']);
    expect(sent).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).not.toContain('tok-secret');
  });
});
