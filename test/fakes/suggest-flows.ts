import { createAdvisor } from '../../src/advisor.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { CoreMessage } from '../../src/message.js';
import { SqliteStore } from '../../adapters/store/sqlite-store.js';
import { action, manualClock, message } from './core-messages.js';
import { validPackFiles } from './temp-pack.js';
import { silentLogger } from './test-advisor.js';

/** The small pack with an entry threshold, so that unsure questions get "no specific answer yet" and its picks. */
export function suggestPackFiles(): Record<string, string> {
  return { ...validPackFiles(), 'pack.yaml': 'name: tiny\nthresholds:\n  answer: 0.5\n  clarifyMargin: 0.1\n  entry: 0.9\n' };
}

/** Words that must never show: from 2 people only, or from questions vetoed by 👎. */
export const hiddenWords = ['this quarter', 'finance team', 'weekends', 'everest'];

/**
 * Fills a SQLite store through the real core over the pack in `knowledgeDir`, one person per DM (a Slack channel
 * thread for "me too"), the day before now:
 * - 4 people ask "explain my bill" in 3 wordings, get "no specific answer yet" and pick `invoices`; 2 give 👍;
 * - 3 people confirm "alarm when cloud spend jumps" wordings on `budgets` (👍, a follow-up button); a 4th's
 *   "… on weekends" is 👍 then 👎 (vetoed);
 * - 2 people 👍 "why is the invoice so high this quarter" (too few);
 * - 3 people click a follow-up of "spend alarm for the finance team", then 👎 it (vetoed);
 * - 3 people 👍 "how do I set a budget", already an example;
 * - "what do llamas eat" falls back, 2 colleagues click "me too" (3 people); 2 people ask about Mount Everest (too few).
 */
export async function fillSuggestStore(knowledgeDir: string, storePath: string): Promise<void> {
  const store = SqliteStore.open({ path: storePath, logger: silentLogger() });
  const clock = manualClock(Date.now() - 86_400_000);
  const advisor = createAdvisor({ knowledge: await loadKnowledge(knowledgeDir), store, logger: silentLogger(), clock: clock.now });
  const dm = (userId: string): Partial<CoreMessage> => ({ platform: 'slack', userId, conversationId: `D-${userId}` });
  const handle = async (m: CoreMessage) => {
    clock.advance(1_000);
    return advisor.handle(m);
  };
  const flow = async (userId: string, text: string, clicks: (entryId: string | null) => string[]) => {
    const reply = await handle(message(text, { ...dm(userId), kind: 'dm' }));
    for (const id of clicks(reply.entryId)) await handle(action(id, { ...dm(userId), kind: 'action' }));
    return reply;
  };
  const pickInvoices = (up: boolean) => () => ['entry:invoices', ...(up ? ['feedback:up:invoices'] : [])];
  await flow('U-a1', 'explain my bill', pickInvoices(true));
  await flow('U-a2', 'explain my bill', pickInvoices(false));
  await flow('U-a3', 'can you explain my bill', pickInvoices(true));
  await flow('U-a4', 'please explain my bill to me', pickInvoices(false));
  await flow('U-f1', 'alarm when cloud spend jumps', (e) => [`feedback:up:${e}`]);
  await flow('U-f2', 'alarm when our cloud spend jumps', () => ['entry:invoices']);
  await flow('U-f3', 'cloud spend jumps, want an alarm', (e) => [`feedback:up:${e}`]);
  await flow('U-f4', 'alarm when cloud spend jumps on weekends', (e) => [`feedback:up:${e}`, `feedback:down:${e}`]);
  await flow('U-b1', 'why is the invoice so high this quarter', (e) => [`feedback:up:${e}`]);
  await flow('U-b2', 'why is our invoice so high this quarter', (e) => [`feedback:up:${e}`]);
  for (const user of ['U-v1', 'U-v2', 'U-v3']) await flow(user, 'spend alarm for the finance team', (e) => ['entry:invoices', `feedback:down:${e}`]);
  for (const [user, text] of [['U-e1', 'how do I set a budget'], ['U-e2', 'how do I set a budget'], ['U-e3', 'how do i set a budget?']] as const) {
    await flow(user, text, (e) => [`feedback:up:${e}`]);
  }
  const thread = (userId: string): Partial<CoreMessage> => ({ platform: 'slack', kind: 'mention', userId, conversationId: 'C-help', threadId: '200.1' });
  await handle(message('what do llamas eat', thread('U-g1')));
  for (const user of ['U-g2', 'U-g3']) await handle(action('gap:me-too', { ...thread(user), kind: 'action' }));
  await flow('U-h1', 'how tall is mount everest', () => []);
  await flow('U-h2', 'how tall is mount everest really', () => []);
  await store.close();
}
