import { describe, expect, it } from 'vitest';
import { actionIds, actionPrefixes } from '../src/action-ids.js';

describe('action ids', () => {
  it('THEN they keep their wire format: buttons already posted in Slack and Discord carry these ids', () => {
    expect(actionIds).toEqual({ askPerson: 'handoff:ask', markResolved: 'handoff:resolve', meToo: 'gap:me-too', meTooNotify: 'gap:me-too-notify' });
    expect(Object.values(actionPrefixes)).toEqual(['handoff:', 'gap:', 'feedback:', 'feedback:up:', 'feedback:down:', 'feedback:comment:']);
  });
});
