import { REST, Routes } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { commandDefinitions } from './commands.js';
import { parseDiscordEnv, type DiscordEnv } from './discord-env.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
}

/**
 * Registers the commands with one bulk PUT: guild-scoped with DISCORD_GUILD_ID (instant, for development),
 * else global. Never called on `ready`: commands are deployed by `npm run deploy:discord`.
 */
export async function deployCommands(env: DiscordEnv): Promise<DeployResult> {
  const rest = new REST({ api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const body = commandDefinitions();
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
  try {
    const saved = (await rest.put(route, { body })) as unknown[];
    return { scope: env.DISCORD_GUILD_ID ? 'guild' : 'global', count: saved.length };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** CLI entry: `npm run deploy:discord`. Prints one line; never prints the token. */
async function main(): Promise<void> {
  try {
    const result = await deployCommands(parseDiscordEnv(process.env));
    process.stdout.write(`Registered ${result.count} ${result.scope} Discord commands.\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
