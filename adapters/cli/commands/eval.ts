import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContext } from '../../../src/evaluation/context-check.js';
import { evaluate } from '../../../src/evaluation/evaluate.js';
import { parseLabelledLines } from '../../../src/evaluation/labelled-question.js';
import { afterIntroduction, asSpoken, withPastedCode, wrapInCourtesies } from '../../../src/evaluation/surroundings.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import type { CliCommand } from '../cli-command.js';
import { cliLogger } from '../cli-logger.js';
import { formatEvalReport } from '../format-eval-report.js';
import { openAdvisor } from '../open-advisor.js';
import { knowledgeDir, packageRoot } from '../package-root.js';

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'eval [--set FILE.jsonl] [--misses] [--context] [--courtesies] [--code] [--spoken] [--intro] [--json] prints accuracy per pain point, entry-level figures and a confusion table',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        set: { type: 'string' },
        knowledge: { type: 'string' },
        misses: { type: 'boolean' },
        json: { type: 'boolean' },
        context: { type: 'boolean' },
        courtesies: { type: 'boolean' },
        code: { type: 'boolean' },
        spoken: { type: 'boolean' },
        intro: { type: 'boolean' },
      },
    });
    const file = values.set ?? path.join(packageRoot(), 'test', 'eval', 'eval-set.jsonl');
    const items = parseLabelledLines(await readFile(file, 'utf8'), file);
    const { advisor } = await openAdvisor(knowledgeDir(values.knowledge, io.env), cliLogger(io.env), {
      settings: { rateLimit: null, logQuestions: false },
    });
    let n = 0;
    const ask = (text: string) => advisor.handle({ platform: 'cli', kind: 'dm', text, userId: 'eval', conversationId: `eval-${++n}` });
    const answer = async (text: string) => {
      const reply = await ask(text);
      return { reply, text: renderPlainText(reply) };
    };
    const report = await evaluate(items, answer);
    const context = values.context ? await checkContext(items, ask) : undefined;
    const around = async (wrap: (text: string, i: number) => string) => evaluate(items.map((item, i) => ({ ...item, text: wrap(item.text, i) })), answer);
    const surroundings = {
      ...(values.courtesies ? { 'Wrapped in courtesies (a salutation, thanks or a sign-off around each line)': await around(wrapInCourtesies) } : {}),
      ...(values.code ? { 'With pasted code (a snippet, a trace, a config or a log after five lines in six)': await around(withPastedCode) } : {}),
      ...(values.spoken ? { 'As spoken (lower case, no punctuation, a filler after one word in six)': await around(asSpoken) } : {}),
      ...(values.intro ? { 'After an introduction of the asker or their company': await around(afterIntroduction) } : {}),
    };
    if (values.json) {
      const plain = (m: Map<string, unknown>) => Object.fromEntries(m);
      io.stdout.write(
        `${JSON.stringify({ ...report, perLabel: plain(report.perLabel), confusion: Object.fromEntries([...report.confusion].map(([k, v]) => [k, plain(v)])), ...(context ? { context } : {}), ...(Object.keys(surroundings).length ? { surroundings: Object.fromEntries(Object.entries(surroundings).map(([k, r]) => [k, { inScope: r.inScope, outOfScope: r.outOfScope, entries: r.entries }])) } : {}) })}\n`,
      );
    } else io.stdout.write(formatEvalReport(path.relative(process.cwd(), file), report, values.misses ?? false, context, surroundings));
    return 0;
  },
};
