import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/commands.js';
import { deployCommands } from '../../../adapters/discord/deploy-commands.js';
import { parseDiscordEnv } from '../../../adapters/discord/discord-env.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

describe('GIVEN the deploy script and a fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => { fake = await startFakeDiscord(); });
  afterAll(async () => fake?.close());

  const env = (extra: Record<string, string> = {}) =>
    parseDiscordEnv({ ...fake.env, ...extra });

  it('WHEN DISCORD_GUILD_ID is set THEN one PUT to the guild commands carries both definitions', async () => {
    const guildId = fake.guilds[0]!.id;
    const result = await deployCommands(env({ DISCORD_GUILD_ID: guildId }));
    expect(result).toEqual({ scope: 'guild', count: 2 });
    const put = fake.calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${guildId}/commands`);
    expect(put.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    const [mlStart, menu] = put.body as { name: string; type?: number; contexts?: number[]; options?: { name: string; autocomplete?: boolean }[] }[];
    expect(mlStart).toMatchObject({ name: 'ml-start', contexts: [0, 1] });
    expect(mlStart!.options).toEqual([expect.objectContaining({ name: 'question', autocomplete: true, required: false })]);
    expect(menu).toMatchObject({ name: 'Ask ML Advisor', type: 3, contexts: [0, 1] });
  });

  it('WHEN no guild is given THEN the commands are registered globally', async () => {
    expect(await deployCommands(env())).toEqual({ scope: 'global', count: 2 });
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)!.path).toBe(`/applications/${fake.applicationId}/commands`);
  });
});
