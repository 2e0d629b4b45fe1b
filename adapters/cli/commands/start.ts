import { parseArgs } from 'node:util';
import { ConfigError, readAppConfig } from '../../config/app-config.js';
import { createLogger, wantsPretty } from '../../ops/create-logger.js';
import type { CliCommand } from '../cli-command.js';
import { knowledgeDir } from '../package-root.js';
import { chatCommand } from './chat.js';

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'start Slack and/or Discord when their tokens are set; with none, chat in this terminal',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { knowledge: { type: 'string' } } });
    let config;
    try {
      config = readAppConfig(io.env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      io.stderr.write(`ml-advisor: ${err.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    const dir = knowledgeDir(values.knowledge ?? config.ML_ADVISOR_KNOWLEDGE, io.env);
    if (!config.slack && !config.discord) return chatCommand.run(['--knowledge', dir], io);
    const logger = createLogger({
      level: config.LOG_LEVEL,
      pretty: wantsPretty({ isTTY: (io.stdout as NodeJS.WriteStream).isTTY, nodeEnv: io.env.NODE_ENV }),
    });
    const { startService } = await import('../start-service.js');
    await startService(config, dir, logger);
    return 0;
  },
};
