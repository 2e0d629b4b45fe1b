import { describe, expect, it } from 'vitest';
import { actionIds, actionPrefixes, entryActionId, pathActionId, topicActionId } from '../src/action-ids.js';

describe('action ids', () => {
  it('THEN they keep their wire format: buttons already posted in Slack and Discord carry these ids', () => {
    expect(actionIds).toEqual({ askPerson: 'handoff:ask', markResolved: 'handoff:resolve', meToo: 'gap:me-too', meTooNotify: 'gap:me-too-notify' });
    expect(Object.values(actionPrefixes)).toEqual(['handoff:', 'gap:', 'feedback:', 'feedback:up:', 'feedback:down:', 'feedback:comment:', 'entry:', 'topic:', 'path:']);
    expect([entryActionId('spot-training'), topicActionId('cost-control'), pathActionId('start'), pathActionId('data', 'no')]).toEqual([
      'entry:spot-training',
      'topic:cost-control',
      'path:start',
      'path:data:no',
    ]);
  });
});
