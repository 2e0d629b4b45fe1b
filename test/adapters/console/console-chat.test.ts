import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../adapters/console/console-chat.js';
import { MemoryStore } from '../../../src/store/memory-store.js';
import { coreAdvisor } from '../../fakes/core-advisor.js';
import { paraphrases } from '../../match/paraphrases.js';

/** Runs the chat over the given lines (then the end of input); returns what it printed and the store. */
async function chat(lines: string[]): Promise<{ out: string; store: MemoryStore; turns: string[] }> {
  const { advisor, store } = await coreAdvisor({ settings: { rateLimit: null } });
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  // The lines are all there before the welcome is computed (piped input): none may be lost.
  const done = runConsoleChat({ advisor, input, output, interactive: false });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { out, store, turns: out.split('advisor>').slice(1) };
}

describe('runConsoleChat', () => {
  it('GIVEN hi, 1, quit THEN a welcome, a greeting and the first topic picked by its number, then goodbye', async () => {
    const { out, turns } = await chat(['hi', '1', 'quit', 'never read']);
    const { advisor } = await coreAdvisor();
    const first = advisor.index.knowledge.painPoints[0]!;
    expect(turns).toHaveLength(3);
    expect(turns[0]).toContain(first.label);
    expect(turns[2]).toContain(first.title);
    expect(out).toMatch(/bye/i);
  });

  it('GIVEN a question THEN an answer with its source; its number choices include 👍/👎', async () => {
    const { turns } = await chat([paraphrases['cost-control']![1]!]);
    expect(turns[1]).toMatch(/https?:\/\//);
    expect(turns[1]).toMatch(/\d\. 👍/);
  });

  it('GIVEN /ml-start help THEN the help', async () => {
    const { turns } = await chat(['/ml-start help']);
    expect(turns[1]).toContain('/ml-start');
  });

  it('GIVEN a number with no such choice THEN it is asked as a question, no crash', async () => {
    const { turns } = await chat(['42']);
    expect(turns).toHaveLength(2);
  });

  it('GIVEN 👎 then a line THEN the line is stored as the comment on that entry', async () => {
    const { advisor } = await coreAdvisor();
    const { turns, store } = await chat([paraphrases.infrastructure![2]!]);
    const down = /(\d+)\. 👍 helpful\s+(\d+)\. 👎/.exec(turns[1] ?? '');
    expect(down).not.toBeNull();
    const again = await chat([paraphrases.infrastructure![2]!, down![2]!, 'I wanted prices for GPU instances']);
    expect(store.feedback).toHaveLength(0);
    expect(again.store.feedback.map((f) => f.comment ?? f.vote)).toContain('I wanted prices for GPU instances');
    const commented = again.store.feedback.find((f) => f.comment);
    expect(commented?.entryId && advisor.index.entries.get(commented.entryId)?.painPoint).toBe('infrastructure');
    expect(again.store.questions.map((q) => q.text)).not.toContain('I wanted prices for GPU instances');
  });
});
