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
  /** `#general`, a text channel. */
  channelId: string;
  /** A thread in `#general` the bot can read from the start. */
  threadId: string;
  /** `#ask-ml`, a second text channel (a help channel to put in `auto`). */
  askChannelId: string;
  /** `#ml-forum`, a forum channel: each post is a thread. */
  forumId: string;
  /** The `ML experts` role (for DISCORD_EXPERTS_ROLE). */
  expertsRoleId: string;
  /** What `@everyone` (and so the bot) may do, as Discord's permission bits (default: view, send, read history). */
  everyonePermissions?: string;
}

/** View Channel, Send Messages, Read Message History: no Attach Files. */
export const defaultEveryonePermissions = '68608';

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
  return { id, name, channelId: snowflake(), threadId: snowflake(), askChannelId: snowflake(), forumId: snowflake(), expertsRoleId: snowflake() };
}

/** A thread as Discord describes it (THREAD_CREATE, GUILD_CREATE's active threads, REST). */
export interface FakeThread {
  id: string;
  guildId: string;
  parentId: string;
  name: string;
  ownerId: string;
}

export function threadPayload(thread: FakeThread, lastMessageId: string | null = null) {
  return {
    id: thread.id, type: 11, guild_id: thread.guildId, parent_id: thread.parentId, name: thread.name, owner_id: thread.ownerId,
    member_count: 1, message_count: 0, total_message_sent: 0, rate_limit_per_user: 0, last_message_id: lastMessageId, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

const textChannel = (guild: FakeGuild, id: string, name: string, position: number, lastMessageId: string | null) => ({
  id, type: 0, guild_id: guild.id, name, position, permission_overwrites: [], parent_id: null, nsfw: false, topic: null,
  last_message_id: lastMessageId, rate_limit_per_user: 0,
});

/**
 * A GUILD_CREATE `d`; `lastMessageId` gives each channel's newest message id, as Discord sends it, and `threads` the
 * active threads besides the guild's own (threads started or posted since).
 */
export function guildCreatePayload(
  guild: FakeGuild,
  bot: FakeUser,
  lastMessageId: (channelId: string) => string | null = () => null,
  threads: FakeThread[] = [],
) {
  const now = new Date().toISOString();
  return {
    id: guild.id, name: guild.name, icon: null, owner_id: snowflake(), afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0, system_channel_flags: 0,
    premium_tier: 0, preferred_locale: 'en-US', nsfw_level: 0, unavailable: false, large: false, member_count: 2,
    joined_at: now, emojis: [], stickers: [], presences: [], voice_states: [], stage_instances: [],
    guild_scheduled_events: [], soundboard_sounds: [],
    roles: [
      { id: guild.id, name: '@everyone', permissions: guild.everyonePermissions ?? defaultEveryonePermissions, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      { id: guild.expertsRoleId, name: 'ML experts', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 },
    ],
    members: [{ user: userPayload(bot), roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [
      textChannel(guild, guild.channelId, 'general', 0, lastMessageId(guild.channelId)),
      textChannel(guild, guild.askChannelId, 'ask-ml', 1, lastMessageId(guild.askChannelId)),
      {
        id: guild.forumId, type: 15, guild_id: guild.id, name: 'ml-forum', position: 2, permission_overwrites: [], parent_id: null,
        nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, available_tags: [], default_reaction_emoji: null,
        default_sort_order: null, default_forum_layout: 0, default_thread_rate_limit_per_user: 0, flags: 0,
      },
    ],
    threads: [
      threadPayload({ id: guild.threadId, guildId: guild.id, parentId: guild.channelId, name: 'ml-questions', ownerId: bot.id }, lastMessageId(guild.threadId)),
      ...threads.filter((t) => t.guildId === guild.id).map((t) => threadPayload(t, lastMessageId(t.id))),
    ],
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
  /** An inline reply to this message (type 19; Discord adds its author to `mentions` when the reply pings). */
  replyTo?: string;
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
    type: input.replyTo ? 19 : 0,
    ...(input.replyTo ? { message_reference: { type: 0, message_id: input.replyTo, channel_id: input.channelId, ...(input.guildId ? { guild_id: input.guildId } : {}) } } : {}),
    flags: 0,
  };
}
