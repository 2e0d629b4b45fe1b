import { readdir, readFile } from 'node:fs/promises';
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

const slackDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../adapters/slack');
const manifestPath = path.join(slackDir, 'manifest.yaml');

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

/** Bolt delivers every message event to `app.message`; Slack subscribes to them per conversation type. */
const messageSubscriptions: Record<string, string> = { im: 'message.im', channel: 'message.channels', group: 'message.groups', mpim: 'message.mpim' };

type MessageListener = (args: unknown) => Promise<void>;

/**
 * Registers the real listeners on a recorder and lists what Slack must send us. Each `app.message` listener is
 * given a human's message of every conversation type: the types for which it goes on to take the recorded event
 * are the subscriptions it needs.
 */
async function registered(): Promise<{ events: string[]; commands: string[]; actions: number; views: number }> {
  const { advisor, store } = await testAdvisor();
  const deps: SlackDeps = slackTestDeps(advisor, store, silentLogger());
  const seen = { events: [] as string[], commands: [] as string[], actions: 0, views: 0 };
  const messageListeners: MessageListener[] = [];
  const recorder = {
    event: (name: string) => void seen.events.push(name),
    message: (listener: MessageListener) => void messageListeners.push(listener),
    command: (name: string) => void seen.commands.push(name),
    action: () => void (seen.actions += 1),
    view: () => void (seen.views += 1),
    error: () => undefined,
  };
  registerListeners(recorder as unknown as App, deps, new InFlight());
  const taken: string[] = [];
  deps.recorded.take = (key) => void taken.push(String(key));
  for (const [type, subscription] of Object.entries(messageSubscriptions)) {
    for (const listener of messageListeners) {
      const event = { type: 'message', channel_type: type, channel: `${type.toUpperCase()}1`, user: 'U1', text: 'how do we start?', ts: '1.000001' };
      await listener({ event, body: { event_id: subscription }, context: {}, client: {} });
    }
  }
  seen.events.push(...taken.map((key) => key.replace(/^slack:/, '')));
  return seen;
}

/** The scopes each Web API method the adapter calls needs (https://docs.slack.dev/reference/methods). */
const methodScopes: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'views.open': [],
  'assistant.threads.setSuggestedPrompts': ['assistant:write'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history'],
  'conversations.history': ['channels:history', 'groups:history', 'im:history'],
  'usergroups.users.list': ['usergroups:read'],
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
};

/** Every `client.<family>.<method>(` call in the adapter's source. */
async function calledMethods(): Promise<string[]> {
  const methods = new Set<string>();
  for (const file of (await readdir(slackDir)).filter((f) => f.endsWith('.ts'))) {
    const source = await readFile(path.join(slackDir, file), 'utf8');
    for (const match of source.matchAll(/\bclient\.((?:[a-z]+\.)+[a-zA-Z]+)\(/g)) methods.add(match[1] ?? '');
  }
  return [...methods].sort();
}

describe('GIVEN adapters/slack/manifest.yaml', () => {
  it('THEN it declares every event and command the code listens to, with the scopes they need', async () => {
    const manifest = manifestSchema.parse(parse(await readFile(manifestPath, 'utf8')));
    const code = await registered();
    expect(code.events).toEqual(expect.arrayContaining(['message.im', 'message.channels', 'message.groups']));
    expect(code.events).not.toContain('message.mpim');
    expect(new Set(manifest.settings.event_subscriptions.bot_events)).toEqual(new Set(code.events));
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...code.commands].sort());
    expect(code.actions + code.views).toBeGreaterThan(0);
    const needs: Record<string, string[]> = {
      app_mention: ['app_mentions:read', 'chat:write'],
      'message.im': ['im:history', 'im:read', 'chat:write'],
      'message.channels': ['channels:history', 'chat:write'],
      'message.groups': ['groups:history', 'chat:write'],
      app_home_opened: ['assistant:write'],
    };
    for (const event of code.events) for (const scope of needs[event] ?? ['?']) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    if (code.commands.length) expect(manifest.oauth_config.scopes.bot).toContain('commands');
  });

  it('THEN it grants the scopes of every Web API method the adapter calls', async () => {
    const manifest = manifestSchema.parse(parse(await readFile(manifestPath, 'utf8')));
    const methods = await calledMethods();
    expect(methods).toContain('usergroups.users.list');
    // The digest's chart: the external upload flow, which needs files:write.
    expect(methods).toEqual(expect.arrayContaining(['files.getUploadURLExternal', 'files.completeUploadExternal']));
    for (const method of methods) {
      expect(methodScopes, `add ${method} and its scopes to methodScopes`).toHaveProperty([method]);
      for (const scope of methodScopes[method] ?? []) expect(manifest.oauth_config.scopes.bot, method).toContain(scope);
    }
  });
});
