/** One REST request the fake received, in arrival order. `at` is `performance.now()` on arrival. */
export interface RestCall {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: string;
  query: string;
  body: unknown;
  status: number;
  authorization: string | undefined;
  at: number;
}

/** A REST message body as discord.js sends it (only the fields the tests read). */
export interface SentMessage {
  content?: string;
  embeds?: { title?: string; description?: string }[];
  components?: { type: number; components: { custom_id?: string; label?: string }[] }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean; roles?: string[]; users?: string[] };
  message_reference?: { message_id?: string };
  flags?: number;
}

/** An interaction callback body: `type` 4 reply, 5 defer, 7 update, 8 autocomplete, 9 modal. */
export interface CallbackBody {
  type: number;
  data?: SentMessage & { choices?: { name: string; value: string }[]; custom_id?: string; title?: string };
}
