import type { CoreMessage } from '../../src/message.js';

/** A core message with defaults for everything but the text (a DM on the console platform). */
export function message(text: string, overrides: Partial<CoreMessage> = {}): CoreMessage {
  return { platform: 'console', kind: 'dm', text, userId: 'U-test', conversationId: 'C-test', ...overrides };
}

/** A clicked action: `text` is the action id. */
export function action(id: string, overrides: Partial<CoreMessage> = {}): CoreMessage {
  return message(id, { kind: 'action', ...overrides });
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}
