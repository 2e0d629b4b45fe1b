import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { FeedbackRecord } from '../../src/store/store.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action } from '../fakes/core-messages.js';

/** A MemoryStore that takes a while to write feedback, and says when the write finished. */
class SlowFeedbackStore extends MemoryStore {
  written = false;
  override async addFeedback(record: FeedbackRecord): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await super.addFeedback(record);
    this.written = true;
  }
}

describe('feedback actions', () => {
  it.each([
    ['feedback:up', 'up', undefined],
    ['feedback:down', 'down', undefined],
    ['feedback:comment', 'down', 'It did not say how much a GPU endpoint costs'],
  ] as const)('GIVEN %s:<entry> THEN a %s vote is stored before the thanks', async (prefix, vote, input) => {
    const { advisor, store } = await coreAdvisor({ store: new SlowFeedbackStore() });
    const entry = advisor.index.knowledge.entries[3]!;
    const reply = await advisor.handle(action(`${prefix}:${entry.id}`, { userId: 'U-RAW-9', workspaceId: 'T1', ...(input ? { input } : {}) }));
    expect(store.written).toBe(true);
    expect(reply.outcome).toBe('notice');
    expect(store.feedback).toHaveLength(1);
    expect(store.feedback[0]).toMatchObject({ entryId: entry.id, painPoint: entry.painPoint, vote, platform: 'console', workspaceId: 'T1' });
    expect(store.feedback[0]?.comment).toBe(input);
    expect(JSON.stringify(store.feedback)).not.toContain('U-RAW-9');
    expect(store.questions).toHaveLength(0);
  });

  it('GIVEN 👎 THEN the reply invites a comment; 👍 and the comment just thank', async () => {
    const { advisor } = await coreAdvisor();
    const id = advisor.index.knowledge.entries[0]!.id;
    const down = await advisor.handle(action(`feedback:down:${id}`));
    const up = await advisor.handle(action(`feedback:up:${id}`));
    const comment = await advisor.handle(action(`feedback:comment:${id}`, { input: 'more on costs please' }));
    for (const r of [down, up, comment]) expect(`${r.title} ${r.body}`).toMatch(/thank/i);
    expect(down.body).not.toBe(up.body);
    expect(down.body).toMatch(/\?/);
  });

  it('GIVEN a comment of 100 kB THEN the stored comment is bounded', async () => {
    const { advisor, store } = await coreAdvisor();
    await advisor.handle(action('feedback:comment:aws-free-tier', { input: 'x'.repeat(100_000) }));
    expect(store.feedback[0]?.comment?.length).toBeLessThanOrEqual(2_000);
  });

  it('GIVEN an unknown feedback kind THEN a notice and nothing stored', async () => {
    const { advisor, store } = await coreAdvisor();
    const reply = await advisor.handle(action('feedback:sideways:aws-free-tier'));
    expect(reply.outcome).toBe('notice');
    expect(store.feedback).toHaveLength(0);
  });

  it('GIVEN the same user with and without a userHashKey THEN the stored keys differ', async () => {
    const plain = await coreAdvisor();
    const keyed = await coreAdvisor({ settings: { userHashKey: 'k1' } });
    for (const { advisor } of [plain, keyed]) await advisor.handle(action('feedback:up:aws-free-tier', { userId: 'U-1' }));
    expect(plain.store.feedback[0]?.userKey).not.toBe(keyed.store.feedback[0]?.userKey);
  });
});
