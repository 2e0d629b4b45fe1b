import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../src/conversation/state.js';
import type { CoreMessage } from '../../src/message.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { brokenStore, coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

/** A memory store whose next context read returns what it read only once `gate` opens (a slow read). */
class GatedStore extends MemoryStore {
  gate: Promise<void> | undefined;
  override async getContext(key: string, now: number): Promise<ConversationState | undefined> {
    const value = await super.getContext(key, now);
    const gate = this.gate;
    this.gate = undefined;
    if (gate) await gate;
    return value;
  }
}

const inThread = (text: string, over: Partial<CoreMessage> = {}): CoreMessage =>
  message(text, { platform: 'slack', kind: 'channel', channelMode: 'auto', conversationId: 'C-help', threadId: '100.1', userId: 'U-asker', ...over });

describe('thread follow-ups', () => {
  it('GIVEN the bot answered a channel question THEN the asker\'s unmentioned follow-up continues the topic', async () => {
    const { advisor } = await coreAdvisor();
    const first = await advisor.handle(inThread('how do I monitor model drift in production?'));
    expect(first.outcome).toBe('answer');
    expect(await advisor.followsThread(inThread('why?'))).toBe(true);
    const next = await advisor.handle(inThread('tell me more', { kind: 'thread' }));
    expect(next.painPoint).toBe(first.painPoint);
  });

  it('GIVEN a colleague writes in the thread THEN the bot steps back, also for the asker afterwards', async () => {
    const { advisor } = await coreAdvisor();
    await advisor.handle(inThread('how do I monitor model drift in production?'));
    expect(await advisor.followsThread(inThread('we use Evidently for that', { userId: 'U-colleague' }))).toBe(false);
    expect(await advisor.followsThread(inThread('thanks, and for LLMs?'))).toBe(false);
  });

  it('GIVEN a colleague steps in while the asker\'s follow-up is being answered THEN the thread stays taken over', async () => {
    const store = new GatedStore();
    const { advisor } = await coreAdvisor({ store });
    await advisor.handle(inThread('how do I monitor model drift in production?'));
    let release = (): void => undefined;
    store.gate = new Promise<void>((resolve) => (release = resolve));
    const followUp = advisor.handle(inThread('tell me more', { kind: 'thread' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await advisor.followsThread(inThread('we use Evidently for that', { userId: 'U-colleague' }))).toBe(false);
    release();
    await followUp;
    expect(await advisor.followsThread(inThread('and for LLMs?'))).toBe(false);
  });

  it('GIVEN a thread the bot never answered, or another thread THEN nothing is followed', async () => {
    const { advisor } = await coreAdvisor();
    await advisor.handle(inThread('how do I monitor model drift in production?'));
    expect(await advisor.followsThread(inThread('and this?', { threadId: '200.1' }))).toBe(false);
    expect(await advisor.followsThread(inThread('and this?', { conversationId: 'C-other' }))).toBe(false);
    expect(await advisor.followsThread(inThread('and this?', { platform: 'discord' }))).toBe(false);
  });

  it('GIVEN the bot fell back in a thread THEN the asker can still follow up there', async () => {
    const { advisor } = await coreAdvisor();
    const first = await advisor.handle(inThread('how do I set up VPC peering between two AWS accounts?'));
    expect(first.outcome).toBe('fallback');
    expect(await advisor.followsThread(inThread('sorry, I meant for our training jobs on GPUs'))).toBe(true);
  });

  it('GIVEN the context expired THEN the thread is no longer followed', async () => {
    const { advisor, clock } = await coreAdvisor({ settings: { contextTtlMs: 60_000 } });
    await advisor.handle(inThread('how do I monitor model drift in production?'));
    clock.advance(61_000);
    expect(await advisor.followsThread(inThread('why?'))).toBe(false);
  });

  it('GIVEN a DM without a thread THEN followsThread is false and the DM context works as before', async () => {
    const { advisor } = await coreAdvisor();
    expect(await advisor.followsThread(message('why?'))).toBe(false);
  });

  it('GIVEN the store is down THEN the bot stays out of the thread instead of failing', async () => {
    const { advisor } = await coreAdvisor({ store: brokenStore() });
    expect(await advisor.followsThread(inThread('why?'))).toBe(false);
  });

  it('GIVEN the channel mode THEN it is logged with the question', async () => {
    const { advisor, store } = await coreAdvisor();
    await advisor.handle(inThread('how do I monitor model drift in production?', { channelMode: 'confident' }));
    await advisor.handle(message('how do I monitor model drift in production?'));
    expect(store.questions.map((q) => q.channelMode)).toEqual(['confident', undefined]);
  });
});
