import type { Reply } from '../reply.js';

/** What the user sees when the core fails: short, no details (those go to the log). */
export const apologyReply: Reply = {
  outcome: 'notice',
  painPoint: null,
  entryId: null,
  confidence: 0,
  title: '',
  body: 'Sorry, something went wrong on my side. Please try again in a moment.',
  sources: [],
  actions: [],
  feedback: false,
};
