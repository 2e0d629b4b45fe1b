import { randomUUID } from 'node:crypto';
import { fakeIds } from './fake-slack.js';

let counter = 0;
/** A fresh Slack-looking message timestamp. */
export function nextTs(): string {
  counter += 1;
  return `1710000000.${String(counter).padStart(6, '0')}`;
}

export interface MessageInit {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  eventId?: string;
  extra?: Record<string, unknown>;
}

/** An Events API envelope (HTTP body, or Socket Mode `events_api` payload). */
export function envelope(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 8)}`): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: fakeIds.team,
    api_app_id: fakeIds.app,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fakeIds.team, user_id: fakeIds.botUser, is_bot: true }],
  };
}

export function mentionEvent(init: MessageInit): Record<string, unknown> {
  const ts = init.ts ?? nextTs();
  return envelope(
    {
      type: 'app_mention',
      user: init.user ?? 'U0ALICE',
      text: `<@${fakeIds.botUser}> ${init.text}`,
      ts,
      ...(init.thread_ts ? { thread_ts: init.thread_ts } : {}),
      channel: init.channel ?? 'C0GENERAL',
      team: fakeIds.team,
      event_ts: ts,
      ...init.extra,
    },
    init.eventId,
  );
}

export function dmEvent(init: MessageInit): Record<string, unknown> {
  const ts = init.ts ?? nextTs();
  return envelope(
    {
      type: 'message',
      channel_type: 'im',
      user: init.user ?? 'U0ALICE',
      text: init.text,
      ts,
      ...(init.thread_ts ? { thread_ts: init.thread_ts } : {}),
      channel: init.channel ?? 'D0ALICE',
      team: fakeIds.team,
      event_ts: ts,
      ...init.extra,
    },
    init.eventId,
  );
}

/** A human's message in a channel (`message.channels`; `channel_type: 'group'` for `message.groups`), mentioning no one. */
export function channelMessageEvent(init: MessageInit & { channelType?: 'channel' | 'group' }): Record<string, unknown> {
  const ts = init.ts ?? nextTs();
  return envelope(
    {
      type: 'message',
      channel_type: init.channelType ?? 'channel',
      user: init.user ?? 'U0ALICE',
      text: init.text,
      ts,
      ...(init.thread_ts ? { thread_ts: init.thread_ts } : {}),
      channel: init.channel ?? 'C0HELP',
      team: fakeIds.team,
      event_ts: ts,
      ...init.extra,
    },
    init.eventId,
  );
}

export function appHomeOpenedEvent(tab: 'messages' | 'home', user = 'U0ALICE'): Record<string, unknown> {
  return envelope({ type: 'app_home_opened', user, channel: 'D0ALICE', tab, event_ts: nextTs() });
}

/** `/ml-start` fields (form-encoded over HTTP, an object in Socket Mode). */
export function commandFields(text: string, responseUrl: string, channel = 'C0GENERAL', user = 'U0ALICE'): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: fakeIds.team,
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/ml-start',
    text,
    api_app_id: fakeIds.app,
    response_url: responseUrl,
    trigger_id: `trigger-${nextTs()}`,
  };
}

export interface ClickInit {
  value: string;
  /** Who clicked (default U0ALICE). */
  user?: string;
  actionId?: string;
  channel?: string;
  responseUrl: string;
  /** The clicked message; omitted for an ephemeral one. */
  message?: { ts: string; thread_ts?: string; text?: string; blocks?: unknown[] };
}

/** A `block_actions` payload for one button click. */
export function blockActions(init: ClickInit): Record<string, unknown> {
  const channel = init.channel ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    user: { id: init.user ?? 'U0ALICE', username: (init.user ?? 'U0ALICE').toLowerCase(), team_id: fakeIds.team },
    api_app_id: fakeIds.app,
    token: 'legacy-verification-token',
    container: init.message
      ? { type: 'message', message_ts: init.message.ts, channel_id: channel, is_ephemeral: false, thread_ts: init.message.thread_ts }
      : { type: 'message', message_ts: nextTs(), channel_id: channel, is_ephemeral: true },
    trigger_id: `trigger-${nextTs()}`,
    team: { id: fakeIds.team, domain: 'fake' },
    channel: { id: channel, name: 'general' },
    ...(init.message ? { message: { type: 'message', user: fakeIds.botUser, bot_id: fakeIds.bot, ...init.message } } : {}),
    response_url: init.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: init.actionId ?? 'mla:0',
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: init.value,
        action_ts: nextTs(),
      },
    ],
  };
}

/** The 👎 form's submission. */
export function feedbackSubmission(privateMetadata: string, answer: string): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: fakeIds.team, domain: 'fake' },
    user: { id: 'U0ALICE', username: 'alice', team_id: fakeIds.team },
    api_app_id: fakeIds.app,
    token: 'legacy-verification-token',
    trigger_id: 'trigger-3',
    view: {
      // Each opened form has its own view id, as in Slack (the submission's inbox key).
      id: `V0${nextTs().replace('.', '')}`,
      type: 'modal',
      callback_id: 'mla-feedback-form',
      private_metadata: privateMetadata,
      state: { values: { 'mla-missed': { 'mla-missed-input': { type: 'plain_text_input', value: answer } } } },
    },
    response_urls: [],
  };
}
