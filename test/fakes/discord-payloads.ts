import { snowflake } from './discord-snowflake.js';

/** Gateway and REST payload builders for the fake Discord: only the fields discord.js reads. */
export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
  threadId: string;
}

export const userPayload = (user: FakeUser) => ({
  id: user.id,
  username: user.username,
  discriminator: '0',
  global_name: user.username,
  avatar: null,
  bot: user.bot ?? false,
});

export function newUser(username = 'ada'): FakeUser {
  return { id: snowflake(), username };
}

export function newGuild(name: string, id = snowflake()): FakeGuild {
  return { id, name, channelId: snowflake(), threadId: snowflake() };
}

/** A GUILD_CREATE `d`; `lastMessageId` gives each channel's newest message id, as Discord sends it. */
export function guildCreatePayload(guild: FakeGuild, bot: FakeUser, lastMessageId: (channelId: string) => string | null = () => null) {
  const now = new Date().toISOString();
  return {
    id: guild.id, name: guild.name, icon: null, owner_id: snowflake(), afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0, system_channel_flags: 0,
    premium_tier: 0, preferred_locale: 'en-US', nsfw_level: 0, unavailable: false, large: false, member_count: 2,
    joined_at: now, emojis: [], stickers: [], presences: [], voice_states: [], stage_instances: [],
    guild_scheduled_events: [], soundboard_sounds: [],
    roles: [{ id: guild.id, name: '@everyone', permissions: '68608', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    members: [{ user: userPayload(bot), roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [{ id: guild.channelId, type: 0, guild_id: guild.id, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: lastMessageId(guild.channelId), rate_limit_per_user: 0 }],
    threads: [{
      id: guild.threadId, type: 11, guild_id: guild.id, parent_id: guild.channelId, name: 'ml-questions', owner_id: bot.id,
      member_count: 1, message_count: 0, rate_limit_per_user: 0, last_message_id: lastMessageId(guild.threadId),
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
    }],
  };
}

export interface MessageInput {
  author: FakeUser;
  content: string;
  channelId: string;
  guildId?: string;
  mentions?: FakeUser[];
  mentionEveryone?: boolean;
  id?: string;
}

/** A MESSAGE_CREATE `d` (or a REST message). A DM carries `channel_type: 1`, or discord.js drops it. */
export function messagePayload(input: MessageInput) {
  return {
    id: input.id ?? snowflake(),
    channel_id: input.channelId,
    ...(input.guildId
      ? { guild_id: input.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
      : { channel_type: 1 }),
    author: userPayload(input.author),
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: input.mentionEveryone ?? false,
    mentions: (input.mentions ?? []).map(userPayload),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
