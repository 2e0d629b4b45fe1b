import type { Digest } from '../report/build-digest.js';

/** A digest ready to post: its figures (each platform renders its own text), the chart and the zone of its dates. */
export interface DigestMessage {
  /** The scheduled run's key (`slack:2026-11-30T09:00`): the same on every replica, so a repeat can be recognised. */
  key: string;
  digest: Digest;
  /** The chart as a PNG. */
  chart: Buffer;
  timeZone: string;
}

/** How the chart reached the channel: as an image, or as text bars after the upload failed or was not allowed. */
export type DigestDelivery = 'image' | 'text';

/** A platform's way of posting the digest (`adapters/slack/slack-digest-poster.ts`, `adapters/discord/discord-digest-poster.ts`). */
export interface DigestPoster {
  readonly platform: 'slack' | 'discord';
  /** Whether this process can reach the channel: a Discord shard only posts to a channel of its own guilds. */
  canPost(channel: string): boolean;
  /** Posts the text with the chart, or the text with text bars when the image cannot be posted; rejects when neither could. */
  post(channel: string, message: DigestMessage): Promise<DigestDelivery>;
}
