import { describe, expect, it } from 'vitest';
import { isConfident, staysQuiet } from '../../src/channels/quiet-reply.js';
import type { Reply } from '../../src/reply.js';

const reply = (over: Partial<Reply>): Reply => ({
  outcome: 'answer', painPoint: 'infrastructure', entryId: 'e1', confidence: 0.9, title: 't', body: 'b', sources: [],
  actions: [], feedback: true, ...over,
});

describe('staysQuiet', () => {
  it('GIVEN a confident channel THEN only a direct answer with an entry is posted', () => {
    const msg = { kind: 'channel', channelMode: 'confident' } as const;
    expect(staysQuiet(msg, reply({}))).toBe(false);
    expect(staysQuiet(msg, reply({ outcome: 'fallback', painPoint: null, entryId: null }))).toBe(true);
    expect(staysQuiet(msg, reply({ outcome: 'clarify', painPoint: null, entryId: null }))).toBe(true);
    expect(staysQuiet(msg, reply({ entryId: null, uncovered: true }))).toBe(true);
    expect(staysQuiet(msg, reply({ outcome: 'smalltalk', entryId: null }))).toBe(true);
  });

  it('GIVEN an auto channel THEN fallbacks are posted but chit-chat is not', () => {
    const msg = { kind: 'channel', channelMode: 'auto' } as const;
    expect(staysQuiet(msg, reply({ outcome: 'fallback', entryId: null }))).toBe(false);
    expect(staysQuiet(msg, reply({ outcome: 'smalltalk', entryId: null }))).toBe(true);
  });

  it.each(['mention', 'thread', 'dm', 'command', 'action'] as const)('GIVEN a %s message THEN nothing is held back, whatever the mode', (kind) => {
    expect(staysQuiet({ kind, channelMode: 'confident' }, reply({ outcome: 'fallback', entryId: null }))).toBe(false);
  });

  it('GIVEN an overview answer without an entry THEN it is not confident', () => {
    expect(isConfident(reply({ entryId: null }))).toBe(false);
    expect(isConfident(reply({}))).toBe(true);
  });
});
