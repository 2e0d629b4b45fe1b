import type { IncomingMessage } from 'node:http';

export const fakeIds = { team: 'T0FAKE', botUser: 'UBOT', bot: 'BBOT', app: 'A0FAKE' };

/** The request's bytes (an upload's file bytes must stay bytes). */
export function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readRawBody(req)).toString('utf8');
}

/** WebClient sends forms whose nested values (blocks, prompts, views) are JSON strings; JSON bodies too. */
export function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const looksJson = /^[[{]/.test(value);
    try {
      args[key] = looksJson ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}

/** The fake Web API's successful answer to a method. */
export function answerFor(method: string, args: Record<string, unknown>, at: { port: number; ts: number }): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, team: 'Fake', team_id: fakeIds.team, user: 'ml-advisor', user_id: fakeIds.botUser, bot_id: fakeIds.bot };
    case 'apps.connections.open':
      return { ok: true, url: `ws://127.0.0.1:${at.port}/socket` };
    case 'chat.postMessage':
    case 'chat.update': {
      // Real seconds, as Slack's ts are (`conversations.history` filters on them); the counter keeps them unique.
      const ts = method === 'chat.update' ? args.ts : `${Math.floor(Date.now() / 1000)}.${String(at.ts).padStart(6, '0')}`;
      return { ok: true, channel: args.channel, ts, message: { text: args.text, ts } };
    }
    case 'views.open':
      return { ok: true, view: { id: 'V0FAKE' } };
    default:
      return { ok: true };
  }
}

/** `conversations.replies`: the bot's posts in the thread, with their metadata only when asked for. */
export function threadReplies(posts: { args: Record<string, unknown>; result?: Record<string, unknown> }[], args: Record<string, unknown>): Record<string, unknown> {
  const withMetadata = String(args.include_all_metadata) === 'true';
  const messages = posts
    .filter((p) => p.args.channel === args.channel && p.args.thread_ts === args.ts)
    .map((p) => ({
      type: 'message', bot_id: fakeIds.bot, text: p.args.text, ts: p.result?.ts, thread_ts: args.ts,
      ...(withMetadata && p.args.metadata ? { metadata: p.args.metadata } : {}),
    }));
  return { ok: true, messages, has_more: false };
}

/** `conversations.history`: the bot's top-level posts in the channel since `oldest`, newest first, with metadata when asked. */
export function channelHistory(posts: { args: Record<string, unknown>; result?: Record<string, unknown> }[], args: Record<string, unknown>): Record<string, unknown> {
  const withMetadata = String(args.include_all_metadata) === 'true';
  const oldest = Number(args.oldest ?? 0);
  const messages = posts
    .filter((p) => p.args.channel === args.channel && p.args.thread_ts === undefined && Number(p.result?.ts ?? 0) >= oldest)
    .map((p) => ({
      type: 'message', bot_id: fakeIds.bot, text: p.args.text, ts: p.result?.ts,
      ...(withMetadata && p.args.metadata ? { metadata: p.args.metadata } : {}),
    }))
    .reverse();
  return { ok: true, messages, has_more: false };
}

/** `usergroups.users.list`: the group's member ids, or Slack's `no_such_subteam` for a group it does not know. */
export function usergroupUsers(groups: ReadonlyMap<string, string[]>, args: Record<string, unknown>): Record<string, unknown> {
  const users = groups.get(String(args.usergroup));
  return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
}
