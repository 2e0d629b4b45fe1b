import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '@slack/bolt';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InFlight } from '../../../adapters/slack/in-flight.js';
import { registerListeners } from '../../../adapters/slack/register-listeners.js';
import type { SlackDeps } from '../../../adapters/slack/slack-deps.js';
import { slackTestDeps } from '../../fakes/slack-deps.js';
import { silentLogger, testAdvisor } from '../../fakes/test-advisor.js';

const manifestPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../adapters/slack/manifest.yaml');

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.literal(true), messages_tab_read_only_enabled: z.literal(false) }),
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(z.object({ command: z.string() })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true) }),
    socket_mode_enabled: z.literal(true),
  }),
});

/** Registers the real listeners on a recorder and lists what Slack must send us. */
async function registered(): Promise<{ events: string[]; commands: string[]; actions: number; views: number }> {
  const { advisor, store } = await testAdvisor();
  const deps: SlackDeps = slackTestDeps(advisor, store, silentLogger());
  const seen = { events: [] as string[], commands: [] as string[], actions: 0, views: 0 };
  const recorder = {
    event: (name: string) => void seen.events.push(name),
    // Bolt delivers every message event to app.message; ours only answers DMs, i.e. the `message.im` subscription.
    message: () => void seen.events.push('message.im'),
    command: (name: string) => void seen.commands.push(name),
    action: () => void (seen.actions += 1),
    view: () => void (seen.views += 1),
    error: () => undefined,
  };
  registerListeners(recorder as unknown as App, deps, new InFlight());
  return seen;
}

describe('GIVEN adapters/slack/manifest.yaml', () => {
  it('THEN it declares every event and command the code listens to, with the scopes they need', async () => {
    const manifest = manifestSchema.parse(parse(await readFile(manifestPath, 'utf8')));
    const code = await registered();
    expect(code.events.length).toBeGreaterThan(0);
    expect(new Set(manifest.settings.event_subscriptions.bot_events)).toEqual(new Set(code.events));
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...code.commands].sort());
    expect(code.actions + code.views).toBeGreaterThan(0);
    const needs: Record<string, string[]> = {
      app_mention: ['app_mentions:read', 'chat:write'],
      'message.im': ['im:history', 'im:read', 'chat:write'],
      app_home_opened: ['assistant:write'],
    };
    for (const event of code.events) for (const scope of needs[event] ?? ['?']) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    if (code.commands.length) expect(manifest.oauth_config.scopes.bot).toContain('commands');
  });
});
