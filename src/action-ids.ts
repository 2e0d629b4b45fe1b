/**
 * The action ids of the buttons whose clicks the core answers by id (a click reaches it as a `CoreMessage` of kind
 * `action` whose text is the id): the one definition the core and the adapters read.
 */
export const actionIds = {
  /** "Ask a person" (`src/channels/hand-off.ts`). */
  askPerson: 'handoff:ask',
  /** "Mark resolved" (`src/channels/hand-off.ts`). */
  markResolved: 'handoff:resolve',
  /** "Me too" (`src/learning/me-too.ts`). */
  meToo: 'gap:me-too',
  /** "Me too, tell me when answered". */
  meTooNotify: 'gap:me-too-notify',
} as const;

/** The starts of action ids: each hand-off and "Me too" button's, and the 👍/👎 votes' and 👎 comment's (`…<entryId>`). */
export const actionPrefixes = {
  handOff: 'handoff:',
  gap: 'gap:',
  feedback: 'feedback:',
  feedbackUp: 'feedback:up:',
  feedbackDown: 'feedback:down:',
  feedbackComment: 'feedback:comment:',
  /** A button or autocomplete choice that opens an entry's answer (`entryActionId`). */
  entry: 'entry:',
  /** One that opens a pain point's overview (`topicActionId`). */
  topic: 'topic:',
  /** A step of the where-to-start guide (`pathActionId`). */
  path: 'path:',
} as const;

/** The id that opens an entry's answer: `entry:<entryId>`. */
export function entryActionId(entryId: string): string {
  return `${actionPrefixes.entry}${entryId}`;
}

/** The id that opens a pain point's overview: `topic:<painPointId>`. */
export function topicActionId(painPointId: string): string {
  return `${actionPrefixes.topic}${painPointId}`;
}

/** A step of the guide: `path:<step>`, or its answer `path:<step>:yes|no`. */
export function pathActionId(step: string, answer?: 'yes' | 'no'): string {
  return answer ? `${actionPrefixes.path}${step}:${answer}` : `${actionPrefixes.path}${step}`;
}
