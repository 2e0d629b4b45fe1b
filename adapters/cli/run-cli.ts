import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { UsageError, type CliIo } from './cli-command.js';
import { commands } from './commands/index.js';

async function usage(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()));
  return [
    'Usage: ml-advisor <command> [options]',
    '',
    ...loaded.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`),
    '',
    'Every command takes --knowledge DIR (or ML_ADVISOR_KNOWLEDGE) to use another knowledge pack.',
  ].join('\n');
}

/** Runs one command; returns the exit code. Problems the user can fix are printed plainly, never as a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name = 'start', ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${await usage()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`ml-advisor: unknown command "${name}"\n\n${await usage()}\n`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest, io);
  } catch (err) {
    if (err instanceof KnowledgeError) io.stderr.write(`ml-advisor: ${err.message}\n`);
    else if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`ml-advisor ${name}: ${(err as Error).message}\n\n${await usage()}\n`);
      return 2;
    } else io.stderr.write(`ml-advisor ${name}: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
