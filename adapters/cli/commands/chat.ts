import { parseArgs } from 'node:util';
import { runConsoleChat } from '../../console/console-chat.js';
import type { CliCommand } from '../cli-command.js';
import { cliLogger } from '../cli-logger.js';
import { openAdvisor } from '../open-advisor.js';
import { knowledgeDir } from '../package-root.js';

export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'chat in this terminal (the default when no platform token is set)',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { knowledge: { type: 'string' } } });
    const { advisor } = await openAdvisor(knowledgeDir(values.knowledge, io.env), cliLogger(io.env), {
      settings: { rateLimit: null },
    });
    const interactive = (io.stdin as NodeJS.ReadStream).isTTY === true;
    await runConsoleChat({ advisor, input: io.stdin, output: io.stdout, interactive });
    return 0;
  },
};
