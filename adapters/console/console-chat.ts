import { createInterface } from 'node:readline';
import { actionPrefixes } from '../../src/action-ids.js';
import type { Advisor } from '../../src/advisor.js';
import type { CoreMessage } from '../../src/message.js';
import { renderConsole } from './render-console.js';

export interface ConsoleChatOptions {
  advisor: Advisor;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show the prompt (a person at a terminal); off when input is piped. */
  interactive: boolean;
}

const QUIT = new Set(['quit', 'exit', ':q', 'bye!']);

/**
 * The terminal chat: each line is a question (or `/ml-start …`); a number picks one of the last reply's
 * choices. Runs until `quit` or the end of input.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { advisor, output } = options;
  const rl = createInterface({ input: options.input, output: options.interactive ? output : undefined, terminal: false });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  const prompt = (): void => {
    if (options.interactive) output.write('\nyou> ');
  };
  const base = { platform: 'console', userId: 'console-user', conversationId: 'console' } as const;
  const send = async (message: Omit<CoreMessage, 'platform' | 'userId' | 'conversationId'>): Promise<string[]> => {
    const { text, choices } = renderConsole(await advisor.handle({ ...base, ...message }));
    say(`\nadvisor> ${text.replace(/\n/g, '\n         ')}`);
    return choices;
  };
  // Take hold of the lines before the first await: input that arrives while the welcome is computed is kept.
  const lines = rl[Symbol.asyncIterator]();
  say('ML Advisor — ask about adopting machine learning. Type a number to pick a choice, `help`, or `quit`.');
  let choices = await send({ kind: 'command', text: '' });
  // After 👎 the next line answers "what did you miss?" (the terminal's version of the platforms' form).
  let missed: string | undefined;
  prompt();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const raw = next.value;
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    const pick = /^\d{1,2}$/.test(line) ? choices[Number(line) - 1] : undefined;
    if (missed !== undefined && !pick) {
      if (line) choices = await send({ kind: 'action', text: `${actionPrefixes.feedbackComment}${missed}`, input: line });
      missed = undefined;
    } else if (pick?.startsWith(actionPrefixes.feedbackDown)) {
      choices = await send({ kind: 'action', text: pick });
      missed = pick.slice(actionPrefixes.feedbackDown.length);
      say('         (type what you missed, or just press Enter to skip)');
    } else if (pick) choices = await send({ kind: 'action', text: pick });
    else if (line.startsWith('/ml-start')) choices = await send({ kind: 'command', text: line.slice('/ml-start'.length).trim() });
    else choices = await send({ kind: 'dm', text: line });
    prompt();
  }
  rl.close();
  say('Bye! Good luck with your ML project.');
}
