import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { Advisor } from '../../../src/advisor.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import type { CliCommand } from '../cli-command.js';
import { UsageError } from '../cli-command.js';
import { cliLogger } from '../cli-logger.js';
import { OneShotStore } from '../one-shot-store.js';
import { openAdvisor } from '../open-advisor.js';
import { knowledgeDir } from '../package-root.js';

let counter = 0;

/** One question as its own conversation, from the command line's user. */
async function ask(advisor: Advisor, text: string): Promise<{ json: string; plain: string }> {
  const reply = await advisor.handle({
    platform: 'cli',
    kind: 'dm',
    text,
    userId: 'cli',
    conversationId: `cli-${process.pid}-${++counter}`,
  });
  const plain = renderPlainText(reply);
  const { outcome, painPoint, entryId, confidence, closestEntryId } = reply;
  const nearest = closestEntryId ? { closestEntryId } : {};
  const json = JSON.stringify({ outcome, painPoint, entryId, ...nearest, confidence: Number(confidence.toFixed(4)), text: plain, reply });
  return { json, plain };
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'ask "question" prints the reply; --json for one JSON object; --json --batch reads one question per line',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, knowledge: { type: 'string' } },
    });
    if (!values.batch && positionals.length === 0) throw new UsageError('ask needs a question: ml-advisor ask "where do we start?"');
    const logger = cliLogger(io.env);
    const { advisor } = await openAdvisor(knowledgeDir(values.knowledge, io.env), logger, { settings: { rateLimit: null }, store: new OneShotStore() });
    if (!values.batch) {
      const { json, plain } = await ask(advisor, positionals.join(' '));
      io.stdout.write(`${values.json ? json : plain}\n`);
      return 0;
    }
    // A long batch makes V8 double its young generation up to 2 × 16 MB, about 25 MB of RSS that a batch does not
    // need: keep it at its starting size (measured on 20,000 lines: 133 → 110 MB peak RSS, ~15% more time).
    setFlagsFromString('--semi-space-growth-factor=1');
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let out = '';
    for await (const line of lines) {
      const { json, plain } = await ask(advisor, line);
      out += `${values.json ? json : plain.replace(/\n/g, ' ')}\n`;
      if (out.length > 64_000) {
        // A pipe to a slower reader (`… | wc -l`) fills up: wait for it to drain, or the replies pile up in memory.
        if (!io.stdout.write(out)) await once(io.stdout, 'drain');
        out = '';
      }
    }
    io.stdout.write(out);
    return 0;
  },
};
