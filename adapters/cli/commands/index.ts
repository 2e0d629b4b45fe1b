import type { CliCommand } from '../cli-command.js';

export interface CommandEntry {
  name: string;
  /** Loaded on use: `ask` must not pay for the Slack, Discord and database modules that `start` needs. */
  load: () => Promise<CliCommand>;
}

/** Every `ml-advisor` command, by name. */
export const commands: readonly CommandEntry[] = [
  { name: 'start', load: async () => (await import('./start.js')).startCommand },
  { name: 'chat', load: async () => (await import('./chat.js')).chatCommand },
  { name: 'ask', load: async () => (await import('./ask.js')).askCommand },
  { name: 'eval', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'kb', load: async () => (await import('./kb.js')).kbCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
];
