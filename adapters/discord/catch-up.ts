import { PermissionFlagsBits, SnowflakeUtil, type Client, type Collection, type Message } from 'discord.js';
import { discordRouteSchema } from './discord-route.js';
import type { HandlerDeps } from './handler-deps.js';
import { MESSAGE_KEY_PREFIX, onMessageCreate } from './on-message-create.js';
import { whenRoom } from './request-budget.js';

/** How far a catch-up looks back, and how much it reads. */
export interface CatchUpSettings {
  /** Never look further back than this (the inbox's give-up age: older questions would be closed unanswered). */
  lookbackMs: number;
  /**
   * Wait this long after the session is ready before reading (the inbox's `backlogDelayMs`): new questions, which
   * the gateway delivers meanwhile, go first while the process is cold. Absent: read at once.
   */
  delayMs?: number;
  /** Read from this long before the newest recorded arrival: messages in flight when the process died came earlier. */
  marginMs: number;
  /** Channels read per catch-up, newest activity first; pages of 100 messages per channel. */
  maxChannels: number;
  maxPages: number;
  /**
   * Room in the platform's request budget (see `request-budget.ts`): each page is read only when it is above 0,
   * so that reading history after a restart does not hold new questions' replies. Absent: read at once.
   */
  room?: () => number;
}

/** How long a page read waits for room, at most, before it reads anyway. */
const MAX_ROOM_WAIT_MS = 5_000;

export const defaultCatchUp: Omit<CatchUpSettings, 'lookbackMs'> = { marginMs: 60_000, maxChannels: 200, maxPages: 5 };

export interface CatchUpReport {
  skipped?: 'no recent arrivals';
  channels: number;
  read: number;
}

interface Readable {
  id: string;
  lastMessageId?: string | null;
  messages: { fetch(options: { after: string; limit: number }): Promise<Collection<string, Message>> };
}

/**
 * Recorded arrivals read at once (newest first): the keys to skip within the margin, and the DM arrivals of the
 * look-back (their channels). Past this many, older DM channels are not read back and the inbox record still
 * dedupes (one write each).
 */
const RECENT_LIMIT = 20_000;
const snowflakeAt = (ms: number): bigint => (BigInt(Math.max(0, Math.floor(ms))) - SnowflakeUtil.epoch) << 22n;
const newer = (id: string | null | undefined, after: bigint): boolean => id !== null && id !== undefined && BigInt(id) > after;
const byId = (a: Message, b: Message): number => (BigInt(a.id) < BigInt(b.id) ? -1 : 1);

/** The shard's guild channels and threads the bot can read whose newest message is after `after`. */
function guildChannels(client: Client<true>, shardId: number, after: bigint): Readable[] {
  const needed = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory;
  const found: Readable[] = [];
  for (const channel of client.channels.cache.values()) {
    if (!channel.isTextBased() || channel.isDMBased() || channel.guild.shardId !== shardId) continue;
    if (!newer(channel.lastMessageId, after) || !channel.permissionsFor(client.user)?.has(needed)) continue;
    found.push(channel);
  }
  return found.sort((a, b) => (BigInt(b.lastMessageId ?? 0) > BigInt(a.lastMessageId ?? 0) ? 1 : -1));
}

/** DM channels that asked something within the look-back (Discord lists no DM channels to a bot). */
async function dmChannels(client: Client<true>, channelIds: Set<string>, after: bigint): Promise<Readable[]> {
  const found: Readable[] = [];
  for (const id of channelIds) {
    const channel = await client.channels.fetch(id).catch(() => null);
    if (channel?.isDMBased() && channel.isTextBased() && newer(channel.lastMessageId, after)) found.push(channel);
  }
  return found;
}

/**
 * After a shard (re)connects with a new session, reads what Discord stored while this process was not reading
 * the gateway: a new session never replays, so a mention in the socket of a killed process, or sent while the bot
 * was down, would otherwise never be answered. From a little before the newest recorded arrival (never past the
 * look-back), each readable channel with newer messages is paged oldest first through the message handler, whose
 * inbox record makes a message seen live and in history answered once; what it records goes to the backlog lane.
 * With no recent arrival (a first start, a long idle) nothing is read: old history is not answered.
 */
export async function catchUp(client: Client<true>, deps: HandlerDeps, shardId: number, settings: CatchUpSettings): Promise<CatchUpReport> {
  const now = deps.clock();
  const floor = now - settings.lookbackMs;
  const inbox = deps.store.inbox;
  // Three narrow reads rather than a day of arrivals (a busy day is tens of thousands of rows to parse).
  const [newest] = await inbox.recentInbound('discord', MESSAGE_KEY_PREFIX, floor, 1);
  if (!newest) return { skipped: 'no recent arrivals', channels: 0, read: 0 };
  const from = Math.max(floor, newest.receivedAt - settings.marginMs);
  const after = snowflakeAt(from);
  // Messages already recorded in the window are skipped here, without a write each (a restart rereads a minute).
  const known = new Set((await inbox.recentInbound('discord', MESSAGE_KEY_PREFIX, from, RECENT_LIMIT)).map((r) => r.key));
  const dms = shardId === 0 ? await inbox.recentInbound('discord', MESSAGE_KEY_PREFIX, floor, RECENT_LIMIT, 'dm') : [];
  const dmIds = new Set(
    dms.flatMap((r) => {
      const route = discordRouteSchema.safeParse(r.route);
      return route.success ? [route.data.channelId] : [];
    }),
  );
  const channels = [...guildChannels(client, shardId, after), ...(shardId === 0 ? await dmChannels(client, dmIds, after) : [])]
    .slice(0, settings.maxChannels);
  let read = 0;
  for (const channel of channels) {
    let cursor = after.toString();
    for (let page = 0; page < settings.maxPages; page++) {
      if (settings.room) await whenRoom(settings.room, MAX_ROOM_WAIT_MS);
      const batch = [...(await channel.messages.fetch({ after: cursor, limit: 100 })).values()].sort(byId);
      for (const message of batch) {
        if (!known.has(`${MESSAGE_KEY_PREFIX}${message.id}`)) await onMessageCreate(message, deps, { backlog: true });
      }
      read += batch.length;
      if (batch.length < 100) break;
      cursor = batch.at(-1)!.id;
    }
  }
  return { channels: channels.length, read };
}
