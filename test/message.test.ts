import { describe, expect, it } from 'vitest';
import { coreMessageSchema, type CoreMessage } from '../src/message.js';

const valid: CoreMessage = { platform: 'slack', kind: 'mention', text: '', userId: 'U1', conversationId: 'C1' };

describe('coreMessageSchema', () => {
  it('GIVEN a valid message with optional fields and an unknown one THEN it passes, without the unknown field', () => {
    const parsed = coreMessageSchema.safeParse({ ...valid, threadId: 'T1', input: '', workspaceId: 'W1', extra: 1 });
    expect(parsed).toEqual({ success: true, data: { ...valid, threadId: 'T1', input: '', workspaceId: 'W1' } });
  });

  it.each([
    ['an unknown platform', { ...valid, platform: 'irc' }, 'platform'],
    ['an unknown kind', { ...valid, kind: 'email' }, 'kind'],
    ['text that is not a string', { ...valid, text: 3 }, 'text'],
    ['an empty user id', { ...valid, userId: '' }, 'userId'],
    ['no conversation id', { ...valid, conversationId: undefined }, 'conversationId'],
    ['an empty thread id', { ...valid, threadId: '' }, 'threadId'],
    ['a workspace id that is not a string', { ...valid, workspaceId: null }, 'workspaceId'],
  ])('GIVEN %s THEN it fails on that field', (_what, input, field) => {
    const parsed = coreMessageSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it.each([null, 'text', 42, undefined])('GIVEN %s instead of an object THEN it fails, and parse throws', (input) => {
    expect(coreMessageSchema.safeParse(input).success).toBe(false);
    expect(() => coreMessageSchema.parse(input)).toThrow();
  });
});
