import type { ConversationState } from '../../src/conversation/state.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import type { QuestionRecord } from '../../src/store/store.js';

/**
 * The store of `ask`: every question is its own conversation and nothing reads the log afterwards, so no
 * context and no question is kept (a 20,000-line batch would otherwise hold 20,000 of each until it ends).
 */
export class OneShotStore extends MemoryStore {
  override async setContext(_key: string, _state: ConversationState, _expiresAt: number): Promise<void> {}

  override async logQuestion(_record: QuestionRecord): Promise<void> {}
}
