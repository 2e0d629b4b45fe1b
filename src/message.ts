/**
 * The one message shape every adapter hands to the core, and its check. Written by hand rather than with zod:
 * this module is on the path of every one-shot `ml-advisor ask`, and loading zod costs such a process ~0.1 s.
 */

/** Where a message came from. `console` is the terminal chat, `cli` the one-shot `ask` command. */
export const platforms = ['slack', 'discord', 'console', 'cli'] as const;
export type Platform = (typeof platforms)[number];

/** How the user reached the bot: a channel mention, the `/ml-start` command, a direct message, or a button. */
export const messageKinds = ['mention', 'command', 'dm', 'action'] as const;
export type MessageKind = (typeof messageKinds)[number];

export interface CoreMessage {
  platform: Platform;
  kind: MessageKind;
  /** The user's words with the bot mention already stripped; for `action`, the action id that was clicked. */
  text: string;
  userId: string;
  /** Channel, DM or guild channel id: context is kept per conversation and thread. */
  conversationId: string;
  threadId?: string;
  /** Free text that came with an action, e.g. the 👎 form's "what did you miss?" answer. */
  input?: string;
  /** Workspace (Slack team) or guild id, when there is one. */
  workspaceId?: string;
}

export interface MessageIssue {
  path: string[];
  message: string;
}

export type ParsedMessage = { success: true; data: CoreMessage } | { success: false; error: { issues: MessageIssue[] } };

/** What each field must be: one of a list, any string, or a non-empty string; optional or not. */
const fields: ReadonlyArray<[key: keyof CoreMessage, rule: readonly string[] | 'string' | 'non-empty', optional: boolean]> = [
  ['platform', platforms, false],
  ['kind', messageKinds, false],
  ['text', 'string', false],
  ['userId', 'non-empty', false],
  ['conversationId', 'non-empty', false],
  ['threadId', 'non-empty', true],
  ['input', 'string', true],
  ['workspaceId', 'non-empty', true],
];

function problem(value: unknown, rule: readonly string[] | 'string' | 'non-empty', optional: boolean): string | null {
  if (value === undefined) return optional ? null : 'required';
  if (typeof value !== 'string') return 'expected a string';
  if (rule === 'non-empty') return value.length > 0 ? null : 'must not be empty';
  if (rule === 'string') return null;
  return rule.includes(value) ? null : `expected one of ${rule.join(', ')}`;
}

/** Checks an untrusted value; on success, a copy with only the message's fields (others are dropped). */
function safeParse(input: unknown): ParsedMessage {
  if (typeof input !== 'object' || input === null) return { success: false, error: { issues: [{ path: [], message: 'expected an object' }] } };
  const record = input as Record<string, unknown>;
  const issues: MessageIssue[] = [];
  const data: Record<string, unknown> = {};
  for (const [key, rule, optional] of fields) {
    const message = problem(record[key], rule, optional);
    if (message) issues.push({ path: [key], message });
    else if (record[key] !== undefined) data[key] = record[key];
  }
  return issues.length ? { success: false, error: { issues } } : { success: true, data: data as unknown as CoreMessage };
}

/** The check, with the `parse` (throws) and `safeParse` (returns the issues) of a schema. */
export const coreMessageSchema = {
  safeParse,
  parse(input: unknown): CoreMessage {
    const parsed = safeParse(input);
    if (parsed.success) return parsed.data;
    throw new TypeError(`invalid core message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'} ${i.message}`).join('; ')}`);
  },
};

/** The key under which a conversation's context is kept. */
export function conversationKey(message: Pick<CoreMessage, 'platform' | 'conversationId' | 'threadId'>): string {
  return [message.platform, message.conversationId, message.threadId ?? '-'].join(':');
}
