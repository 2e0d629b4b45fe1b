import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FakeGateway } from './discord-gateway.js';
import { ChannelHistory, type StoredMessage } from './discord-history.js';
import { asSeenBy } from './discord-message-content.js';
import {
  guildCreatePayload, messagePayload, newGuild, threadPayload, userPayload, type FakeGuild, type FakeThread, type FakeUser,
} from './discord-payloads.js';
import type { RestCall } from './discord-rest-call.js';
import { shardOf, snowflake } from './discord-snowflake.js';
import { multipartMessage, routeRest, type CreatedMessage, type RestState } from './discord-rest-routes.js';
import { multipartBoundary, parseMultipart } from './multipart.js';

export interface FakeDiscordOptions {
  /** Guilds the bot is in (default: one). */
  guilds?: FakeGuild[];
  /** The interaction deadline, scaled down from Discord's 3 s so tests stay quick. */
  interactionDeadlineMs?: number;
  /** What `/gateway/bot` recommends. */
  recommendedShards?: number;
}

export interface FakeDiscord {
  apiUrl: string;
  applicationId: string;
  token: string;
  /** The variables that point the bot at this fake: token, application id and API URL. */
  env: { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string; DISCORD_API_URL: string };
  bot: FakeUser;
  guilds: FakeGuild[];
  calls: RestCall[];
  /** Messages created in channels (a repeat with an enforced nonce creates none). */
  created: CreatedMessage[];
  gateway: FakeGateway;
  /** While on, creating a channel message answers 503. */
  setOutage(on: boolean): void;
  /** A share (0..1) of message creations answers 503 at random. */
  setFailRate(rate: number): void;
  /** The next matching request is processed and recorded but never answered (the caller dies waiting). */
  hangNext(match: (method: string, path: string) => boolean): void;
  /**
   * Sends a gateway event to the shard owning `guildId` (shard 0 without one); records INTERACTION_CREATE tokens,
   * and keeps a MESSAGE_CREATE in its channel's history (as Discord stores a message whoever was connected).
   */
  dispatch(t: string, d: { id: string; token?: string }, guildId?: string): void;
  /**
   * A new post in the guild's forum by `author`: a thread named `title` (THREAD_CREATE) and its first message, whose
   * id is the thread's (MESSAGE_CREATE). Returns the thread id.
   */
  forumPost(guild: FakeGuild, author: FakeUser, title: string, content: string, options?: { mentions?: FakeUser[] }): string;
  /** Threads started through REST or posted, by id. */
  threads: Map<string, FakeThread>;
  /** The first recorded call (past or future) matching, or a rejection after `timeoutMs`. */
  waitFor(match: (call: RestCall) => boolean, timeoutMs?: number): Promise<RestCall>;
  /** The next `count` REST requests matching get 429 with a `Retry-After` of `retryAfterSec`. */
  rateLimitNext(count: number, retryAfterSec: number, match?: (method: string, path: string) => boolean): void;
  /** Guilds owned by `shard` of `count`. */
  guildsOfShard(shard: number, count: number): FakeGuild[];
  close(): Promise<void>;
}

/**
 * JSON as parsed JSON; a multipart/form-data body (a message with files) as its `payload_json` with the files added
 * under `files`, their bytes kept.
 */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const boundary = multipartBoundary(req.headers['content-type']);
  if (boundary) return multipartMessage(parseMultipart(bytes, boundary));
  const text = bytes.toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A fake Discord (REST under `/api/v10` and a gateway WebSocket) on 127.0.0.1, port 0. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const bot: FakeUser = { id: snowflake(), username: 'ML Advisor', bot: true };
  const guilds = options.guilds ?? [newGuild('Acme')];
  const applicationId = bot.id;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: RestState = {
    bot, applicationId, gatewayUrl: `${base.replace('http', 'ws')}/gateway`,
    recommendedShards: options.recommendedShards ?? 1,
    deadlineMs: options.interactionDeadlineMs ?? 3000,
    interactions: new Map(), limits: [], created: [], history: new ChannelHistory(),
    guilds, threads: new Map(),
    onThreadCreate: (thread) => gateway.dispatch('THREAD_CREATE', { ...threadPayload(thread), newly_created: true }, thread.guildId),
    intents: () => gateway.lastIntents,
  };
  const hangs: ((method: string, path: string) => boolean)[] = [];
  const calls: RestCall[] = [];
  const waiters = new Set<{ match: (c: RestCall) => boolean; resolve: (c: RestCall) => void }>();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', base);
      const path = url.pathname.replace(/^\/api\/v\d+/, '');
      const answer = routeRest(state, req.method ?? 'GET', path, body, url.searchParams);
      const call: RestCall = {
        method: req.method ?? 'GET', path, query: url.search, body, status: answer.status,
        authorization: req.headers.authorization, at: performance.now(),
      };
      calls.push(call);
      for (const w of waiters) {
        if (!w.match(call)) continue;
        waiters.delete(w);
        w.resolve(call);
      }
      const hang = hangs.findIndex((h) => h(call.method, path));
      if (hang >= 0) hangs.splice(hang, 1);
      else if (answer.status === 204) res.writeHead(204).end();
      else res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.json));
    });
  });

  const gateway = new FakeGateway(server, {
    onIdentify: (shard, sessionId) => {
      const mine = guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
      return {
        ready: {
          v: 10, user: { ...userPayload(bot), verified: true, mfa_enabled: false, flags: 0 }, session_id: sessionId,
          resume_gateway_url: state.gatewayUrl, shard, application: { id: applicationId, flags: 0 },
          guilds: mine.map((g) => ({ id: g.id, unavailable: true })), private_channels: [], relationships: [], presences: [],
        },
        guilds: mine.map((g) => guildCreatePayload(g, bot, (id) => state.history.lastId(id), [...state.threads.values()])),
      };
    },
    shape: (t, d, intents) => (t === 'MESSAGE_CREATE' ? asSeenBy(d as StoredMessage, bot.id, intents) : d),
  });

  const token = `fake.${bot.id}.token-not-secret`;
  return {
    apiUrl: `${base}/api`, applicationId, token, bot, guilds, calls, gateway,
    env: { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: `${base}/api` },
    created: state.created,
    setOutage: (on) => void (state.outage = on),
    setFailRate: (rate) => void (state.failRate = rate),
    hangNext: (match) => void hangs.push(match),
    dispatch(t, d, guildId) {
      if (t === 'INTERACTION_CREATE' && d.token) state.interactions.set(d.token, { id: d.id, createdAt: performance.now(), acked: false });
      if (t === 'MESSAGE_CREATE') state.history.add(d as StoredMessage);
      gateway.dispatch(t, d, guildId);
    },
    threads: state.threads,
    forumPost(guild, author, title, content, options = {}) {
      const id = snowflake();
      const thread: FakeThread = { id, guildId: guild.id, parentId: guild.forumId, name: title, ownerId: author.id };
      state.threads.set(id, thread);
      gateway.dispatch('THREAD_CREATE', { ...threadPayload(thread), newly_created: true }, guild.id);
      const d = messagePayload({ id, author, content, channelId: id, guildId: guild.id, mentions: options.mentions ?? [] });
      state.history.add(d as StoredMessage);
      gateway.dispatch('MESSAGE_CREATE', d, guild.id);
      return id;
    },
    waitFor(match, timeoutMs = 5000) {
      const seen = calls.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (c: RestCall) => (clearTimeout(timer), resolve(c)) };
        const timer = setTimeout(() => (waiters.delete(waiter), reject(new Error('fake discord: no matching call'))), timeoutMs);
        waiters.add(waiter);
      });
    },
    rateLimitNext(count, retryAfterSec, match = () => true) {
      state.limits.push({ remaining: count, retryAfterSec, match });
    },
    guildsOfShard: (shard, count) => guilds.filter((g) => shardOf(g.id, count) === shard),
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
