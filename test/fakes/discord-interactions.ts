import { snowflake } from './discord-snowflake.js';
import { messagePayload, userPayload, type FakeUser } from './discord-payloads.js';

/** Where an interaction happens: a guild channel, or the bot's DM with the user (no guild). */
export interface InteractionPlace {
  user: FakeUser;
  applicationId: string;
  guildId?: string;
  channelId: string;
}

/** The common part of every INTERACTION_CREATE; `entitlements: []` or discord.js rejects it internally. */
function base(place: InteractionPlace, type: number, data: unknown) {
  const who = place.guildId
    ? { guild_id: place.guildId, guild_locale: 'en-US', member: { user: userPayload(place.user), roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
    : { user: userPayload(place.user) };
  return {
    id: snowflake(),
    application_id: place.applicationId,
    type,
    data,
    token: `tok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    channel_id: place.channelId,
    channel: { id: place.channelId, type: place.guildId ? 0 : 1 },
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

/** A button click on a message the bot sent earlier. */
export function buttonClick(place: InteractionPlace, customId: string, bot: FakeUser) {
  const message = messagePayload({ author: bot, content: 'earlier answer', channelId: place.channelId, ...(place.guildId ? { guildId: place.guildId } : {}) });
  return { ...base(place, 3, { custom_id: customId, component_type: 2 }), message };
}

/** A modal submission with one text input inside a label (the current modal layout). */
export function modalSubmit(place: InteractionPlace, customId: string, field: string, value: string) {
  return base(place, 5, { custom_id: customId, components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: field, value } }] });
}
