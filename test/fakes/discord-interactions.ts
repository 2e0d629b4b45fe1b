import { snowflake } from './discord-snowflake.js';
import { messagePayload, userPayload, type FakeUser } from './discord-payloads.js';

/** Where an interaction happens: a guild channel, or the bot's DM with the user (no guild). */
export interface InteractionPlace {
  user: FakeUser;
  applicationId: string;
  guildId?: string;
  channelId: string;
  /** The channel is a thread (or forum post) of this parent. */
  parentId?: string;
  /** The member's role ids (in a guild). */
  roles?: string[];
}

/** The interaction's partial channel, as Discord sends it: a DM, a text channel, or a thread with its parent. */
function channelOf(place: InteractionPlace) {
  if (!place.guildId) return { id: place.channelId, type: 1 };
  if (place.parentId) return { id: place.channelId, type: 11, guild_id: place.guildId, parent_id: place.parentId };
  return { id: place.channelId, type: 0, guild_id: place.guildId };
}

/** The common part of every INTERACTION_CREATE; `entitlements: []` or discord.js rejects it internally. */
function base(place: InteractionPlace, type: number, data: unknown) {
  const who = place.guildId
    ? { guild_id: place.guildId, guild_locale: 'en-US', member: { user: userPayload(place.user), roles: place.roles ?? [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
    : { user: userPayload(place.user) };
  return {
    id: snowflake(),
    application_id: place.applicationId,
    type,
    data,
    token: `tok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    channel_id: place.channelId,
    channel: channelOf(place),
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: place.guildId ?? '0' },
    context: place.guildId ? 0 : 1,
    attachment_size_limit: 8_388_608,
    ...who,
  };
}

export function slashCommand(place: InteractionPlace, name: string, options: { name: string; value: string }[] = []) {
  return base(place, 2, { id: snowflake(), name, type: 1, options: options.map((o) => ({ ...o, type: 3 })) });
}

export function autocomplete(place: InteractionPlace, name: string, option: string, typed: string) {
  return base(place, 4, { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
}

export function messageCommand(place: InteractionPlace, name: string, target: { content: string; author: FakeUser }) {
  const message = messagePayload({ ...target, channelId: place.channelId, ...(place.guildId ? { guildId: place.guildId } : {}) });
  return base(place, 2, { id: snowflake(), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: message } } });
}

/** A button click on a message the bot sent earlier (`messageId`: that message's id, e.g. one the fake created). */
export function buttonClick(place: InteractionPlace, customId: string, bot: FakeUser, messageId?: string) {
  const message = messagePayload({
    author: bot, content: 'earlier answer', channelId: place.channelId, ...(place.guildId ? { guildId: place.guildId } : {}),
    ...(messageId ? { id: messageId } : {}),
  });
  return { ...base(place, 3, { custom_id: customId, component_type: 2 }), message };
}

/** A modal submission with one text input inside a label (the current modal layout). */
export function modalSubmit(place: InteractionPlace, customId: string, field: string, value: string) {
  return base(place, 5, { custom_id: customId, components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: field, value } }] });
}
