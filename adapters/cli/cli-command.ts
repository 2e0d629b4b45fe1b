/** What a command reads and writes: injected so tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** One `ml-advisor <name>` command. `run` returns the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A problem with what the user typed: printed with the usage, exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
}
