import { userPayload, type FakeUser } from './discord-payloads.js';

/** A message as the fake keeps it: the gateway/REST payload, with the fields history needs typed. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: { id: string; username: string };
  [field: string]: unknown;
}

const byId = (a: { id: string }, b: { id: string }): number => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

/**
 * What Discord keeps of each channel: its messages, whether or not a client was connected to see them (Discord
 * stores a message whatever the gateway delivered), the newest id (`last_message_id`), and the DM channels with
 * their recipient, for `GET /channels/:id` and `GET /channels/:id/messages`.
 */
export class ChannelHistory {
  private readonly channels = new Map<string, StoredMessage[]>();
  private readonly dms = new Map<string, FakeUser>();
  private readonly ids = new Set<string>();

  add(message: StoredMessage): void {
    this.ids.add(message.id);
    const list = this.channels.get(message.channel_id) ?? [];
    list.push(message);
    list.sort(byId);
    this.channels.set(message.channel_id, list);
    if (!message.guild_id && !this.dms.has(message.channel_id) && !(message.author as { bot?: boolean }).bot) {
      this.dms.set(message.channel_id, { id: message.author.id, username: message.author.username });
    }
  }

  /** Whether a message with this id is stored, in any channel. */
  has(messageId: string): boolean {
    return this.ids.has(messageId);
  }

  lastId(channelId: string): string | null {
    return this.channels.get(channelId)?.at(-1)?.id ?? null;
  }

  /** Up to `limit` messages right after `after`, newest first (Discord's order). */
  after(channelId: string, after: string, limit: number): StoredMessage[] {
    const list = this.channels.get(channelId) ?? [];
    return list.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit).reverse();
  }

  /** A DM channel's payload, or undefined for a channel that is not a known DM. */
  dmChannel(channelId: string): Record<string, unknown> | undefined {
    const recipient = this.dms.get(channelId);
    if (!recipient) return undefined;
    return { id: channelId, type: 1, recipients: [userPayload(recipient)], last_message_id: this.lastId(channelId), flags: 0 };
  }
}
