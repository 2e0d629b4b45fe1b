import type { Reply } from '../../src/reply.js';

/** A small answer as the core returns it, for inbox tests. */
export const replyFixture: Reply = {
  outcome: 'answer',
  painPoint: 'data-preparation',
  entryId: 'e1',
  confidence: 0.8,
  title: 'Labelling',
  body: 'Start with a **small** labelled set.',
  sources: [{ label: 'Guide', url: 'https://example.com/guide' }],
  actions: [{ id: 'entry:e2', label: 'More' }],
  feedback: true,
};
