import { performance } from 'node:perf_hooks';
import type { ChannelHistory, StoredMessage } from './discord-history.js';
import { asSeenBy } from './discord-message-content.js';
import { defaultEveryonePermissions, threadPayload, userPayload, type FakeGuild, type FakeThread, type FakeUser } from './discord-payloads.js';
import { snowflake } from './discord-snowflake.js';
import type { FormPart } from './multipart.js';

export interface RestState {
  bot: FakeUser;
  applicationId: string;
  gatewayUrl: string;
  recommendedShards: number;
  deadlineMs: number;
  interactions: Map<string, { id: string; createdAt: number; acked: boolean }>;
  limits: { remaining: number; retryAfterSec: number; match: (method: string, path: string) => boolean }[];
  /** While set, channel message creation answers 503 (a Discord incident). */
  outage?: boolean;
  /** The share (0..1) of message creations that answer 503 at random. */
  failRate?: number;
  /** Messages created in channels, in order; a repeated `nonce` with `enforce_nonce` creates nothing new. */
  created: CreatedMessage[];
  /** Every message of every channel, the bot's own included, for history reads. */
  history: ChannelHistory;
  guilds: FakeGuild[];
  /** Threads started from a message or posted in a forum since the fake started (by id, the starter message's). */
  threads: Map<string, FakeThread>;
  /** Tells the gateway about a thread started through REST (Discord sends THREAD_CREATE). */
  onThreadCreate: (thread: FakeThread) => void;
  /** The intents the bot identified with: history reads are shaped by them like gateway messages. */
  intents: () => number;
}

export interface CreatedMessage {
  id: string;
  channelId: string;
  nonce?: string;
  body: Record<string, unknown>;
  /** Files sent with the message (multipart), bytes as received. */
  files?: FormPart[];
}

/** Discord's permission bit for attaching files (Attach Files). */
export const attachFiles = 1n << 15n;

/** A multipart message body as the routes read it: `payload_json` parsed, the file parts under `files`. */
export function multipartMessage(parts: FormPart[]): Record<string, unknown> {
  const payload = parts.find((p) => p.name === 'payload_json');
  const json = payload ? (JSON.parse(payload.data.toString('utf8')) as Record<string, unknown>) : {};
  return { ...json, files: parts.filter((p) => p.filename !== undefined) };
}

export interface RestAnswer {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

const ok = (json: unknown): RestAnswer => ({ status: 200, json });
const error = (status: number, code: number, message: string): RestAnswer => ({ status, json: { code, message } });

/** What Discord returns for a message the bot sent (enough for discord.js to build a Message). */
function sentMessage(state: RestState, channelId: string, body: Record<string, unknown> = {}) {
  return {
    id: snowflake(), channel_id: channelId, author: userPayload(state.bot), content: body.content ?? '',
    embeds: body.embeds ?? [], components: body.components ?? [], attachments: [], mentions: [], mention_roles: [],
    mention_everyone: false, pinned: false, tts: false, type: body.message_reference ? 19 : 0, flags: body.flags ?? 0,
    timestamp: new Date().toISOString(), edited_timestamp: null,
  };
}

function rateLimited(state: RestState, method: string, path: string): RestAnswer | undefined {
  const limit = state.limits.find((l) => l.remaining > 0 && l.match(method, path));
  if (!limit) return undefined;
  limit.remaining -= 1;
  return {
    status: 429,
    json: { message: 'You are being rate limited.', retry_after: limit.retryAfterSec, global: false },
    headers: { 'retry-after': String(limit.retryAfterSec), 'x-ratelimit-scope': 'user' },
  };
}

function callback(state: RestState, token: string, body: { type?: number }): RestAnswer {
  const interaction = state.interactions.get(token);
  if (!interaction || performance.now() - interaction.createdAt > state.deadlineMs) {
    return error(404, 10062, 'Unknown interaction');
  }
  if (interaction.acked) return error(400, 40060, 'Interaction has already been acknowledged.');
  interaction.acked = true;
  if (body.type === undefined) return error(400, 50035, 'Invalid Form Body');
  return { status: 204 };
}

/** Routes one REST request of the fake. Unknown routes are 404 like Discord's. */
export function routeRest(state: RestState, method: string, path: string, body: unknown, query = new URLSearchParams()): RestAnswer {
  const limited = rateLimited(state, method, path);
  if (limited) return limited;
  const b = (body ?? {}) as Record<string, unknown>;
  const p = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (method === 'GET' && path === '/gateway/bot') {
    return ok({
      url: state.gatewayUrl, shards: state.recommendedShards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    });
  }
  if (method === 'GET' && path === '/users/@me') return ok(userPayload(state.bot));
  if (method === 'POST' && p[0] === 'channels' && p[2] === 'messages' && p.length === 3) return createMessage(state, p[1]!, b);
  if (method === 'GET' && p[0] === 'channels' && p[2] === 'messages' && p.length === 3) return readMessages(state, p[1]!, query);
  if (method === 'POST' && p[0] === 'channels' && p[2] === 'messages' && p[4] === 'threads' && p.length === 5) {
    return startThread(state, p[1]!, p[3]!, b);
  }
  if (method === 'GET' && p[0] === 'channels' && p.length === 2) {
    const dm = state.history.dmChannel(p[1]!);
    return dm ? ok(dm) : error(404, 10003, 'Unknown Channel');
  }
  if (method === 'POST' && p[0] === 'interactions' && p[3] === 'callback') return callback(state, p[2]!, b);
  if (p[0] === 'webhooks' && p[1] === state.applicationId) {
    const interaction = state.interactions.get(p[2] ?? '');
    if (!interaction?.acked) return error(404, 10015, 'Unknown Webhook');
    if (state.outage) return error(503, 0, 'Service Unavailable');
    if (typeof b.content === 'string' && b.content.length > 2000) return error(400, 50035, 'Invalid Form Body');
    if (method === 'PATCH' && p[3] === 'messages' && p[4] === '@original') return ok(sentMessage(state, 'webhook', b));
    if (method === 'POST' && p.length === 3) return ok(sentMessage(state, 'webhook', b));
  }
  if (method === 'PUT' && p[0] === 'applications' && p[1] === state.applicationId && p.at(-1) === 'commands') {
    const defs = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
    return ok(defs.map((d) => ({ ...d, id: snowflake(), application_id: state.applicationId, version: snowflake() })));
  }
  return error(404, 0, '404: Not Found');
}

/**
 * POST /channels/:id/messages, with Discord's nonce rule: an enforced nonce seen before returns that message. A
 * message's id is a channel only once a thread was started from it (or it opens a forum post): before, 404.
 */
function createMessage(state: RestState, channelId: string, b: Record<string, unknown>): RestAnswer {
  if (state.history.has(channelId) && !state.threads.has(channelId)) return error(404, 10003, 'Unknown Channel');
  if (state.outage || Math.random() < (state.failRate ?? 0)) return error(503, 0, 'Service Unavailable');
  if (typeof b.content === 'string' && b.content.length > 2000) return error(400, 50035, 'Invalid Form Body');
  const files = Array.isArray(b.files) ? (b.files as FormPart[]) : [];
  if (files.length) {
    const guild = state.guilds.find((g) => [g.channelId, g.askChannelId].includes(channelId));
    if (guild && !(BigInt(guild.everyonePermissions ?? defaultEveryonePermissions) & attachFiles)) return error(403, 50013, 'Missing Permissions');
  }
  const nonce = typeof b.nonce === 'string' ? b.nonce : undefined;
  const earlier = b.enforce_nonce && nonce ? state.created.find((m) => m.channelId === channelId && m.nonce === nonce) : undefined;
  const message = { ...sentMessage(state, channelId, b), ...(earlier ? { id: earlier.id } : {}), ...(nonce ? { nonce } : {}) };
  if (!earlier) {
    state.created.push({ id: message.id, channelId, ...(nonce ? { nonce } : {}), body: b, ...(files.length ? { files } : {}) });
    state.history.add(message as StoredMessage);
  }
  return ok(message);
}

/** GET /channels/:id/messages?after=…&limit=… (only `after` paging, which is what a catch-up uses). */
function readMessages(state: RestState, channelId: string, query: URLSearchParams): RestAnswer {
  const after = query.get('after');
  if (!after) return error(400, 50035, 'Invalid Form Body: the fake reads history with `after` only');
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50)));
  return ok(state.history.after(channelId, after, limit).map((m) => asSeenBy(m, state.bot.id, state.intents())));
}

/**
 * POST /channels/:channel/messages/:message/threads: a public thread whose id is the message's, announced with
 * THREAD_CREATE; a second thread from the same message is refused (160004), as Discord does.
 */
function startThread(state: RestState, channelId: string, messageId: string, b: Record<string, unknown>): RestAnswer {
  const guild = state.guilds.find((g) => [g.channelId, g.askChannelId].includes(channelId));
  if (!guild || !state.history.has(messageId)) return error(404, 10008, 'Unknown Message');
  if (state.threads.has(messageId)) return error(400, 160004, 'A thread has already been created for this message');
  const name = typeof b.name === 'string' ? b.name : '';
  if (name.length < 1 || name.length > 100) return error(400, 50035, 'Invalid Form Body');
  const thread: FakeThread = { id: messageId, guildId: guild.id, parentId: channelId, name, ownerId: state.bot.id };
  state.threads.set(messageId, thread);
  state.onThreadCreate(thread);
  return { status: 201, json: threadPayload(thread) };
}
