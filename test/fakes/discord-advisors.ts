import type { Advisor } from '../../src/advisor.js';
import type { CoreMessage } from '../../src/message.js';
import type { Reply } from '../../src/reply.js';

/** Wraps an advisor and records every message that reaches the core. */
export function recordingAdvisor(inner: Advisor): Advisor & { seen: CoreMessage[] } {
  const seen: CoreMessage[] = [];
  return {
    ...inner,
    seen,
    handle(message) {
      seen.push(message);
      return inner.handle(message);
    },
  };
}

/** An advisor that answers with a fixed reply, optionally after a delay, or throws. */
export function scriptedAdvisor(
  inner: Advisor,
  script: { reply?: Partial<Reply>; delayMs?: number; fail?: Error },
): Advisor & { seen: CoreMessage[] } {
  const seen: CoreMessage[] = [];
  return {
    ...inner,
    seen,
    async handle(message) {
      seen.push(message);
      if (script.delayMs) await new Promise((resolve) => setTimeout(resolve, script.delayMs));
      if (script.fail) throw script.fail;
      return {
        outcome: 'answer', painPoint: null, entryId: 'scripted', confidence: 1, title: 'Scripted', body: 'Body.',
        sources: [], actions: [], feedback: false, ...script.reply,
      };
    },
  };
}
