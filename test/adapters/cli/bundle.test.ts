import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBot } from '../../fakes/cli-bot.js';
import { cliBundle, repoRoot } from '../../fakes/cli-process.js';
import { messagePayload, newUser } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { startFakeDiscord } from '../../fakes/fake-discord.js';
import { runCli } from '../../fakes/run-cli.js';

const questions = ['where do we start?', 'is DeepAR good for demand forecasting?', 'how do we label 100k images?', 'lunch anyone?', ''];

/** The bundle the `ml-advisor` bin runs (`rolldown.config.js`) against the compiled dist/ it was built from. */
describe('the bundled CLI', () => {
  it('GIVEN the same questions THEN it answers exactly as the compiled CLI', async () => {
    const stdin = `${questions.join('\n')}\n`;
    const [bundled, compiled] = await Promise.all([
      runCli(['ask', '--json', '--batch'], { stdin, main: cliBundle }),
      runCli(['ask', '--json', '--batch'], { stdin }),
    ]);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout.trim().split('\n')).toHaveLength(questions.length);
    expect(bundled.stdout).toBe(compiled.stdout);
  });

  it('GIVEN its stamp THEN it carries the compiled matcher and loader hashes, so both share one index cache', () => {
    const stamp = JSON.parse(readFileSync(path.join(path.dirname(cliBundle), 'code-hash.json'), 'utf8')) as Record<string, string>;
    const compiled = execFileSync(process.execPath, ['--input-type=module', '-e',
      "const { codeHash } = await import('./dist/adapters/cli/code-hash.js'); console.log(JSON.stringify({ match: codeHash('match'), knowledge: codeHash('knowledge') }));",
    ], { cwd: repoRoot, encoding: 'utf8' });
    expect(stamp).toEqual(JSON.parse(compiled));
  });

  it('GIVEN `start` on Discord THEN the bundle answers a mention in its channel', async () => {
    const fake = await startFakeDiscord();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-start-'));
    const bot = await startBot({ ...fake.env, SQLITE_PATH: path.join(dir, 'bot.db') }, 45_000, cliBundle);
    try {
      const guild = fake.guilds[0]!;
      const d = messagePayload({ author: newUser('ada'), content: `<@${fake.bot.id}> is DeepAR good for demand forecasting?`, channelId: guild.channelId, guildId: guild.id, mentions: [fake.bot] });
      fake.dispatch('MESSAGE_CREATE', d, guild.id);
      await expect.poll(() => fake.created.filter((m) => (m.body as SentMessage).message_reference?.message_id === d.id).length, { timeout: 20_000 }).toBe(1);
    } finally {
      await bot.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
